"""When a merge rewrites the search index once instead of taking rows out one by one."""

from dorpsboek.services.casebook import Casebook
from dorpsboek.store import search
from dorpsboek.store.book import Book


def test_the_index_size_is_read_from_the_indexed_tables(casebook: Casebook, book: Book) -> None:
    person = casebook.add_person("Telling Rijen")
    for i in range(5):
        casebook.add_note(f"Notitie {i}", person_id=person)
    with book.raw() as conn:
        assert search.indexed_rows(conn) == 6


def test_a_rewrite_pays_for_many_changes_against_the_book_not_for_few(
    casebook: Casebook, book: Book
) -> None:
    person = casebook.add_person("Grote Boek")
    for i in range(2 * search.INDEXED_ROWS_PER_CHANGE):
        casebook.add_note(f"Notitie {i}", person_id=person)
    with book.raw() as conn:
        assert search.rewrite_pays(conn, 3)  # 3 changes in ~800 rows: one rewrite is cheaper
        assert not search.rewrite_pays(conn, 2)  # 2 in 801: row by row
