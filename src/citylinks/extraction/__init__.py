"""Rule-based extraction of partners, events and agreements from English and Vietnamese news.

The stages, one module each: ``noise`` (which parts of a scraped page are the
article), ``sentences`` (sentence spans), ``dates`` (date expressions resolved
against the publication date), ``organizations`` (agencies and companies),
``mentions`` (places and organizations in a sentence, persons filtered out),
``events`` and ``agreements`` (triggers, kinds, status, years), and ``parser``
which runs them over one document. ``screens`` keeps them fast: it tells from the
words a pattern needs where the pattern can match, so most patterns never run on
most sentences, and the results are the same as running them everywhere.
"""
