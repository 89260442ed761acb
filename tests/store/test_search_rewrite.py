"""When a merge rewrites the search index once instead of taking rows out one by one."""

from dorpsboek.services.casebook import Casebook
from dorpsboek.store import search
from dorpsboek.store.book import Book
from dorpsboek.store.migrations import m015_search_leaves_in_one_page as m015


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
        assert search.rewrite_pays(conn, 3)  # 3 changes, 2x the rows per change: rewrite
        assert not search.rewrite_pays(conn, 2)  # 2 changes, 1 row short: row by row


def test_step_15_writes_the_index_again_in_one_segment_of_leaves_that_fit_a_page(
    casebook: Casebook, book: Book
) -> None:
    """Migration 15 (also run for every new book): FTS5 writes leaves of at most ~3,960 bytes,
    so a leaf and its row fit one page of the book; the index is rebuilt into one segment
    and search finds what it found before."""
    person = casebook.add_person("Korte Bladen")
    for i in range(300):
        casebook.add_note(f"Notitie over de bladzijde {i} en nog wat woorden", person_id=person)
    with book.raw() as conn:
        m015.upgrade(conn.cursor())
        conn.commit()
        pgsz = conn.execute("SELECT v FROM search_config WHERE k = 'pgsz'").fetchone()[0]
        largest = conn.execute("SELECT max(length(block)) FROM search_data").fetchone()[0]
        segments = conn.execute("SELECT count(DISTINCT segid) FROM search_idx").fetchone()[0]
    assert pgsz == m015.LEAF_BYTES
    assert m015.LEAF_BYTES - 200 < largest <= m015.LEAF_BYTES + 16  # 3,977 fit in a cell
    assert segments == 1
    assert len(casebook.search("bladzijde", limit=1000)) == 300
