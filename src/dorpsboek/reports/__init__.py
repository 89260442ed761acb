"""The account and the inzage overview as documents: Markdown and self-contained HTML (Qt-free);
the PDF versions are drawn in dorpsboek.printing."""
