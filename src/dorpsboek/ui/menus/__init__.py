"""The main window's menus: Boek (lock, backup, passphrase, settings, restore, quit) and Help
(manual, shortcuts, about), and the small dialogs behind them."""
