"""Privacy: the per-resident actions (inzage, export, vergeten) and the audit trail view."""
