"""The built-in readers, parsers, enrichers and exporters, each a plugin using the public hooks."""
