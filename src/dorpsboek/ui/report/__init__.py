"""Parts of the Verantwoording screen beyond the figures: her own introduction."""
