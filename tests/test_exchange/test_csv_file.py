"""The code page of a CSV without UTF-8: Russian Windows, Russian DOS, Russian Unix (KOI8-R),
Russian Mac, or Western Windows."""

import pytest

from clientbase.exchange.csv_file import decode, detect_delimiter

RUSSIAN = "Фамилия;Имя;Телефон\nЩукина;Наталья Сергеевна;+79161112233\nЁлкин;Пётр;\n"
UKRAINIAN = "Ім'я;Місто\nОлена Коваль;Київ\nЄвген Ґудзь;Львів\n"
WESTERN = "Name,City,Notes\nJosé Martínez,Montréal,café au lait\nJürgen Groß,Köln,\nZoë,Åre,\n"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (RUSSIAN, "cp1251"),
        (RUSSIAN, "cp866"),
        (UKRAINIAN, "cp1251"),
        # From an old Unix or mail program: read as Windows' it was «рАНПМЮ» for «Фамилия»,
        # every letter a Cyrillic one of the wrong case.
        (RUSSIAN, "koi8_r"),
        # Excel for Mac's «CSV» (not «CSV UTF-8»): the capitals were Windows' signs, «„ЁЄЁ®».
        (RUSSIAN, "mac_cyrillic"),
        # An English or European Excel's «CSV (Comma delimited)»: read as Russian Windows it
        # was «Josй Martнnez» from «Montrйal», without a word.
        (WESTERN, "cp1252"),
    ],
)
def test_a_csv_is_read_in_the_code_page_it_was_written_in(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding)) == text


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        # Each line has one comma (the header's «Вес, кг», the decimal «0,5») and as regular
        # a number of «;»: the Sniffer took «,», and the one order was two columns cut in
        # the middle, refused as a list of sales without buyers.
        ("Заказчик;Торт;Вес, кг;Сумма\nМорозова Дарья;Бенто;0,5;1200\n", ";"),
        (
            "Заказчик;Вес, кг\nМорозова Дарья;0,5\nЛебедев Артём;3,0\nОрлова Инна;1,5\n",
            ";",
        ),
        # A comma file with a «;» inside a quoted address on every row stays a comma file.
        ('ФИО,Адрес,Телефон\nИванов,"ул. Мира; д. 5",+79161234567\n', ","),
        ("ФИО\tВес, кг\nИванов\t0,5\n", "\t"),
    ],
)
def test_the_delimiter_is_the_one_giving_every_line_the_most_columns(
    text: str, delimiter: str
) -> None:
    assert detect_delimiter(text) == delimiter
