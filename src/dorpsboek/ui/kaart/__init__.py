"""The sociale kaart: its page, forms, labels and the CSV import dialog."""
