"""One resident's page and its relatives panel."""
