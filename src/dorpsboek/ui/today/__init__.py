"""Parts of Vandaag beyond the screen itself: regular contact, "Wie mis ik?", the signal radar."""
