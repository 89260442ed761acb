"""A team of books: the repeated, two-way exchange between two or three supporters' books
(docs/handover-format.md, section 9), built on the handover bundle and its merge."""
