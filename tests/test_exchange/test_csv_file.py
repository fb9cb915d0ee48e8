"""The code page of a CSV without UTF-8: Russian Windows, Russian DOS, Russian Unix (KOI8-R),
Russian Mac, or Western Windows."""

import pytest

from clientbase.exchange.csv_file import decode

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
