"""Unit tests for blocks of other stories that stand above or inside the article on a scraped page.

Motivated by pages where "Related news" comes between the headline and the lead, and where a box of
"Tin liên quan" headlines (each printed twice) interrupts the article after its first paragraph. The
texts are written for these tests.
"""

from __future__ import annotations

import pytest

from citylinks.extraction.noise import body_spans

LEAD = (
    "KHANH HOA – Chairman of the provincial People's Committee on Monday received a delegation from the "
    "Russian city of Vladivostok led by its mayor, who is in Nha Trang for the 30th anniversary of the twinning "
    "between the two coastal cities."
)
SECOND = (
    "The mayor thanked the provincial leader for the warm welcome and proposed that the two sides promote "
    "cooperation in seaport logistics, aquaculture and marine research, and increase exchanges of students and "
    "artists between the two cities."
)


def _kept(text: str) -> str:
    return " ".join(text[start:end] for start, end in body_spans(text))


def test_related_news_between_headline_and_lead_leaves_the_article():
    # "Related news / Hue, Kazan universities strengthen education ties (twice) / ... / KHANH HOA – Chairman ..."
    text = (
        "Khanh Hoa leader receives Vladivostok delegation\n\n"
        "Related news\n"
        "Hue, Kazan universities strengthen education ties\n"
        "Hue, Kazan universities strengthen education ties\n\n"
        f"{LEAD}\n\n{SECOND}\n"
    )
    kept = _kept(text)
    assert "Kazan" not in kept
    assert "Vladivostok led by its mayor" in kept and "marine research" in kept


@pytest.mark.parametrize(
    "box",
    [
        # "Tin liên quan / Kon Tum và Attapeu ký kết ... Kon Tum và Attapeu ký kết ... / Phó Thủ tướng ..."
        (
            "Tin liên quan\n"
            "Kon Tum và Attapeu ký kết thỏa thuận hợp tác Kon Tum và Attapeu ký kết thỏa thuận hợp tác\n"
            "Gia Lai tiếp đoàn công tác tỉnh Ratanakiri Gia Lai tiếp đoàn công tác tỉnh Ratanakiri\n\n"
        ),
        # "Tin bài liên quan / Lạng Sơn và Quảng Tây hội đàm trực tuyến ... (twice) / Sáng 8/9, lãnh đạo tỉnh Lạng Sơn
        # đã hội đàm trực tuyến ... / Cao Bằng ký kết thỏa thuận ... (twice) / Ngày 12/9, ...", a caption after the box
        (
            "Tin bài liên quan\n"
            "Kon Tum và Attapeu ký kết thỏa thuận hợp tác Kon Tum và Attapeu ký kết thỏa thuận hợp tác\n"
            "Ngày 12/9, tỉnh Kon Tum và tỉnh Attapeu đã ký kết thỏa thuận hợp tác giai đoạn 2023-2025.\n"
            "Gia Lai tiếp đoàn công tác tỉnh Ratanakiri Gia Lai tiếp đoàn công tác tỉnh Ratanakiri\n"
            "Sáng 8/9, lãnh đạo tỉnh Gia Lai đã tiếp đoàn công tác tỉnh Ratanakiri (Campuchia).\n\n"
        ),
        # "RELATED / Aurora council approves friendship pact with Ethiopia's Adama — Oct. 9, 2024 / Boulder delegation
        # heads to Yamagata for sister-city anniversary — Sept. 28, 2024 / ..."
        (
            "RELATED\n"
            "Kon Tum approves friendship pact with Attapeu — Oct. 9, 2024\n"
            "Gia Lai delegation heads to Ratanakiri for anniversary — Sept. 28, 2024\n\n"
        ),
        # "Tin liên quan / Hà Tĩnh và Khăm Muộn ký kết thỏa thuận hợp tác giai đoạn 2025 - 2029 / Nghệ An tiếp đoàn cấp
        # cao tỉnh Xiêng Khoảng / Quảng Trị - Savannakhet: 35 năm quan hệ hữu nghị đặc biệt"
        (
            "Tin liên quan\n"
            "Kon Tum và Attapeu ký kết thỏa thuận hợp tác giai đoạn 2025 - 2029\n"
            "Gia Lai tiếp đoàn cấp cao tỉnh Ratanakiri\n\n"
        ),
        # "Tin liên quan / Quảng Trị tiếp Đại sứ Lào, bàn thúc đẩy hợp tác biên giới (12/3) / ... / Chú thích ảnh: Chủ
        # tịch UBND tỉnh ... tặng quà lưu niệm cho Tổng Lãnh sự ...": the article's photo after the box
        (
            "Tin liên quan\n"
            "Kon Tum tiếp Đại sứ Lào, bàn thúc đẩy hợp tác biên giới (12/3)\n"
            "Gia Lai tiếp đoàn cấp cao tỉnh Ratanakiri\n\n"
            "Chú thích ảnh: Chủ tịch UBND tỉnh (phải) tặng quà lưu niệm cho Thị trưởng. Ảnh: Minh Thư\n\n"
        ),
    ],
)
def test_a_box_of_related_headlines_inside_the_article_is_cut_out(box):
    text = (
        f"Khanh Hoa leader receives Vladivostok delegation\n\n{LEAD}\n\n{box}"
        f"{SECOND}\n\nẢnh: Lãnh đạo hai thành phố tại buổi tiếp.\n\n{LEAD}\n"
    )
    kept = _kept(text)
    assert "Attapeu" not in kept and "Ratanakiri" not in kept
    assert "marine research" in kept


def test_the_article_after_a_box_may_go_on_with_a_short_paragraph():
    # "SEE ALSO / HCMC seeks to attract Japanese investment ... / Earlier the same day, Vice Chairman ... received
    # Governor Shinji Matsuda ... / Governor Matsuda also invited HCMC's leaders to attend the Kagoshima trade fair next
    # year."
    text = (
        f"Khanh Hoa leader receives Vladivostok delegation\n\n{LEAD}\n\n"
        "SEE ALSO\nKon Tum seeks to attract Japanese investment in urban railway\nGia Lai workers in Japan\n\n"
        f"{SECOND}\n\nThe mayor also invited Khanh Hoa leaders to attend the city's fair next year.\n"
    )
    kept = _kept(text)
    assert "Kon Tum" not in kept and "marine research" in kept


def test_related_stories_with_blurbs_after_the_article_end_it():
    # seed-like page end: each teaser's headline twice, then its blurb, then the next teaser
    text = (
        f"Khanh Hoa leader receives Vladivostok delegation\n\n{LEAD}\n\n"
        "Tin bài liên quan\n\n"
        "Gia Lai tiếp đoàn Ratanakiri\n\nGia Lai tiếp đoàn Ratanakiri\n\n"
        f"{SECOND.replace('mayor', 'governor of Ratanakiri')}\n"
        "Kon Tum và Attapeu ký kết\n\nKon Tum và Attapeu ký kết\n\n"
        f"{LEAD.replace('Vladivostok', 'Attapeu')}\n"
    )
    kept = _kept(text)
    assert "Ratanakiri" not in kept and "Attapeu" not in kept


def test_tags_and_comment_lines_are_furniture():
    # "Tags: Khanh Hoa Nha Trang Vladivostok twin cities Russia" under the article
    text = (
        f"{LEAD}\n\nComments (0)\nTags: Khanh Hoa Nha Trang Vladivostok twin cities Russia\nTừ khóa: Khánh Hòa, Nga\n"
    )
    assert "twin cities Russia" not in _kept(text) and "Từ khóa" not in _kept(text)


def test_a_bulleted_box_of_related_links_inside_the_article_is_cut_out():
    # "Related news / • Ba Ria-Vung Tau seeks Japanese investment in port logistics / • Vietnamese community in
    # Australia celebrates Lunar New Year / On the occasion, the two sides signed an action plan ..."
    short = (
        "On the occasion, the two sides signed an action plan for cooperation for the 2025-2027 period, which "
        "focuses on education and ports."
    )
    text = (
        f"{LEAD}\n\nRelated news\n• Kon Tum seeks Japanese investment in port logistics\n"
        "• Attapeu community celebrates Lunar New Year\n\n"
        f"{short}\n\n{SECOND}\n"
    )
    kept = _kept(text)
    assert "Attapeu" not in kept and "action plan" in kept


def test_teasers_with_blurbs_after_the_article_still_end_it():
    # seed-like page: after the article, "Tin bài liên quan" and teasers, each headline twice and a long blurb
    blurb = (
        "Ngày 10/1, tại thành phố Nha Trang, lãnh đạo tỉnh Khánh Hòa đã tổ chức lễ kỷ niệm 30 năm quan hệ hữu nghị "
        "với thành phố Vladivostok, với sự tham dự của nhiều đại biểu hai bên và cộng đồng doanh nghiệp."
    )
    text = (
        "Khanh Hoa leader receives Vladivostok delegation\n\n"
        f"{LEAD}\n\n{SECOND}\n\n"
        "Tin bài liên quan\n"
        "Gia Lai tiếp đoàn công tác tỉnh Ratanakiri\n\nGia Lai tiếp đoàn công tác tỉnh Ratanakiri\n\n"
        f"{blurb}\n"
        "Kon Tum và Attapeu ký kết thỏa thuận hợp tác\n\nKon Tum và Attapeu ký kết thỏa thuận hợp tác\n\n"
        f"{blurb}\n"
    )
    kept = _kept(text)
    assert "Ratanakiri" not in kept and "Attapeu" not in kept and "lễ kỷ niệm" not in kept


def test_a_labelled_teaser_inside_the_article_is_no_part_of_it():
    # "RELATED  Gyeonggi, Kanagawa renew friendship pact after 33 years Gyeonggi, Kanagawa renew friendship pact after
    # 33 years / The two provinces signed ..."
    text = (
        f"Khanh Hoa leader receives Vladivostok delegation\n\n{LEAD}\n\n"
        "RELATED  Kon Tum, Attapeu renew pact after 33 years Kon Tum, Attapeu renew pact after 33 years\n"
        "The two provinces signed a new agreement in Kon Tum on September 20.\n\n"
        f"{SECOND}\n"
    )
    kept = _kept(text)
    assert "Attapeu" not in kept and "marine research" in kept


@pytest.mark.parametrize(
    "byline",
    [
        # "By ZHAO RUIXUE in Jinan and LI JING in Munich | China Daily | Updated: 2023-07-14 09:12"
        "By NGUYEN AN in Hue and ANNA COLE in Tampere | Daily News | Updated: 2025-03-14 09:12",
        "By Thanh Ha, VNA",
    ],
)
def test_a_byline_is_no_part_of_the_article(byline):
    text = f" date 2025-03-14 Title\n{byline}\n\n{LEAD}\n"
    kept = " ".join(text[a:b] for a, b in body_spans(text))
    assert byline not in kept and LEAD in kept


def test_a_sentence_opening_with_by_stays():
    sentence = "By 2030, the two cities will double the number of students they exchange."
    text = f" date 2025-03-14 Title\n{LEAD}\n\n{sentence}\n"
    assert sentence in " ".join(text[a:b] for a, b in body_spans(text))


def test_a_more_from_the_section_box_after_the_article_is_noise():
    # "MORE FROM BUSINESS / - Tacoma hosts delegation from sister city ...": other stories, after the article
    text = (
        f"Khanh Hoa leader receives Vladivostok delegation\n\n{LEAD}\n\n{SECOND}\n\n"
        "MORE FROM BUSINESS\n"
        "- Everett hosts business delegation from sister city Iwakuni\n"
        "- Bellingham signs education MoU with Tateyama\n"
    )
    kept = _kept(text)
    assert "Vladivostok" in kept
    assert "Iwakuni" not in kept
    assert "Tateyama" not in kept


def test_a_box_of_other_stories_in_vietnamese_is_noise():
    # "Tin bài khác / » Quảng Trị ký thỏa thuận hợp tác với tỉnh Savannakhet (Lào) (15/06/2024)"
    text = (
        f"Khanh Hoa leader receives Vladivostok delegation\n\n{LEAD}\n\n{SECOND}\n\n"
        "Tin bài khác\n"
        "» Bình Định ký thỏa thuận hợp tác với tỉnh Attapeu (Lào) (15/06/2024)\n"
        "» Phú Yên đón đoàn Đại sứ quán Hàn Quốc (14/06/2024)\n"
    )
    kept = _kept(text)
    assert "Vladivostok" in kept
    assert "Attapeu" not in kept


def test_a_sentence_opening_a_list_after_a_box_of_headlines_is_the_article_going_on():
    # "RELATED NEWS / » ... / » ... / Six MoUs were exchanged at the event: / - between ..."
    text = (
        f"Khanh Hoa leader receives Vladivostok delegation\n\n{LEAD}\n\n"
        "RELATED NEWS\n"
        "» Phu Yen hosts Korean investment week\n"
        "» Binh Dinh, Busan discuss logistics links\n"
        "Two MoUs were exchanged at the ceremony:\n"
        "- between the Khanh Hoa Department of Tourism and the Vladivostok Tourism Board, on tourism;\n"
        "- between Nha Trang University and Far Eastern Federal University, on student exchange.\n"
        f"{SECOND}\n"
    )
    kept = _kept(text)
    assert "Vladivostok Tourism Board" in kept
    assert "Busan" not in kept


@pytest.mark.parametrize("marker", ["Các tin khác", "Tin mới nhất"])
def test_other_and_latest_stories_in_vietnamese_are_noise(marker):
    # "Các tin khác / Lãnh đạo thành phố tiếp Đại sứ Nhật Bản tại Việt Nam (03/11/2023)"
    text = (
        f"Khanh Hoa leader receives Vladivostok delegation\n\n{LEAD}\n\n{SECOND}\n\n{marker}\n"
        "Lãnh đạo tỉnh tiếp Đại sứ Nhật Bản tại Việt Nam (03/11/2023)\n"
        "- Bình Định và tỉnh Attapeu trao đổi kinh nghiệm phát triển du lịch xanh (27/10/2023)\n"
    )
    kept = _kept(text)
    assert "Vladivostok" in kept
    assert "Attapeu" not in kept and "Đại sứ" not in kept


@pytest.mark.parametrize("label", [">> Xem thêm:", "Đọc thêm:", "Read more:", "» See also:"])
def test_a_link_to_another_story_on_its_own_line_inside_the_article_is_noise(label):
    # ">> Xem thêm: Hà Tĩnh và Bolikhamxay ký kết thỏa thuận hợp tác năm 2024" between two paragraphs
    text = f"{LEAD}\n\n{label} Hue and Kazan sign an agreement on student exchanges\n\n{SECOND}\n"
    kept = _kept(text)
    assert "Kazan" not in kept
    assert LEAD in kept
    assert SECOND in kept
