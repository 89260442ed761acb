<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="nl_NL">
<context>
    <name>Backups</name>
    <message>
        <source>De reservekopie is niet gelukt: de schijf is vol.</source>
        <translation>The backup did not work: the disk is full.</translation>
    </message>
    <message>
        <source>De reservekopie is niet gelukt: het boek lijkt beschadigd. De oudere reservekopieën blijven bewaard.</source>
        <translation>The backup did not work: the book seems to be damaged. The older backups are kept.</translation>
    </message>
    <message>
        <source>De reservekopie is niet gelukt: Dorpsboek kan niet schrijven in de map voor reservekopieën.</source>
        <translation>The backup did not work: Dorpsboek cannot write in the backup folder.</translation>
    </message>
    <message>
        <source>De reservekopie is niet gelukt.</source>
        <translation>The backup did not work.</translation>
    </message>
    <message>
        <source>automatisch</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>voor een update</source>
        <translation>before an update</translation>
    </message>
    <message>
        <source>met de hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>inwoner</source>
        <translation>resident</translation>
    </message>
    <message>
        <source>inwoners</source>
        <translation>residents</translation>
    </message>
    <message>
        <source>notitie</source>
        <translation>note</translation>
    </message>
    <message>
        <source>notities</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>hulpvraag</source>
        <translation>help request</translation>
    </message>
    <message>
        <source>hulpvragen</source>
        <translation>help requests</translation>
    </message>
    <message>
        <source>herinnering</source>
        <translation>reminder</translation>
    </message>
    <message>
        <source>herinneringen</source>
        <translation>reminders</translation>
    </message>
    <message>
        <source>organisatie</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>organisaties</source>
        <translation>organisations</translation>
    </message>
    <message>
        <source>vrijwilliger</source>
        <translation>volunteer</translation>
    </message>
    <message>
        <source>vrijwilligers</source>
        <translation>volunteers</translation>
    </message>
    <message>
        <source>signaal</source>
        <translation>signal</translation>
    </message>
    <message>
        <source>signalen</source>
        <translation>signals</translation>
    </message>
    <message>
        <source>verhaal</source>
        <translation>story</translation>
    </message>
    <message>
        <source>verhalen</source>
        <translation>stories</translation>
    </message>
    <message>
        <source>leeg</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>&amp;Boek</source>
        <translation>&amp;Book</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Handleiding</source>
        <translation>Manual</translation>
    </message>
</context>
<context>
    <name>RescuePage</name>
    <message>
        <source>Het boek is beschadigd</source>
        <translation>The book is damaged</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Bezig met de reservekopieën</source>
        <translation>Working on the backups</translation>
    </message>
    <message>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Nieuwste goede reservekopie terugzetten</source>
        <translation>Restore the newest good backup</translation>
    </message>
    <message>
        <source>Ja, terugzetten</source>
        <translation>Yes, restore</translation>
    </message>
    <message>
        <source>Dorpsboek kan dit boek niet openen, omdat het bestand beschadigd is. Het wachtwoord is wel goed. Dorpsboek kan de nieuwste goede reservekopie terugzetten. Het beschadigde bestand wordt niet weggegooid, maar apart bewaard.

Het boek: %1</source>
        <translation>Dorpsboek cannot open this book because the file is damaged. The passphrase is right. Dorpsboek can restore the newest good backup. The damaged file is not thrown away but kept aside.

The book: %1</translation>
    </message>
    <message>
        <source>De reservekopieën worden bekeken…</source>
        <translation>Looking at the backups…</translation>
    </message>
    <message>
        <source>Alleen het begin van het bestand is beschadigd. Dat kan worden hersteld met een reservekopie van %1. Er gaat niets verloren: daarna staan er in het boek: %2.</source>
        <translation>Only the start of the file is damaged. It can be repaired with a backup from %1. Nothing is lost: afterwards the book holds: %2.</translation>
    </message>
    <message>
        <source>Gevonden: de reservekopie van %1, met %2.
Wat u daarna hebt genoteerd, zit er niet in.</source>
        <translation>Found: the backup from %1, with %2.
What you wrote down after that is not in it.</translation>
    </message>
    <message>
        <source>Nieuwere reservekopieën die ook beschadigd waren: %1.</source>
        <translation>Newer backups that were damaged too: %1.</translation>
    </message>
    <message>
        <source>Ja, herstellen</source>
        <translation>Yes, repair</translation>
    </message>
    <message>
        <source>Er is geen goede reservekopie van dit boek gevonden in: %1</source>
        <translation>No good backup of this book was found in: %1</translation>
    </message>
    <message>
        <source>Het boek is niet beschadigd. Probeer het opnieuw te openen.</source>
        <translation>The book is not damaged. Try to open it again.</translation>
    </message>
    <message>
        <source>Het beschadigde boek wordt apart bewaard onder een nieuwe naam, en de reservekopie komt op zijn plek. Doorgaan?</source>
        <translation>The damaged book is kept aside under a new name, and the backup takes its place. Continue?</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Bezig met terugzetten…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Gelukt. Het beschadigde bestand is bewaard als:
%1
in dezelfde map. Het boek wordt nu geopend.</source>
        <translation>Done. The damaged file was kept as:
%1
in the same folder. The book is opened now.</translation>
    </message>
    <message>
        <source>Reservekopie teruggezet</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Het terugzetten is niet gelukt; er is niets veranderd. %1</source>
        <translation>Restoring did not work; nothing was changed. %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Reservekopie terugzetten</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Dorpsboek maakt elke dag een reservekopie van uw boek, en een bij het afsluiten. U kunt een reservekopie terugzetten als een nieuw boek. Het boek dat nu open is, blijft zoals het is.</source>
        <translation>Dorpsboek makes a backup of your book every day, and one when it closes. You can restore a backup as a new book. The book that is open now stays as it is.</translation>
    </message>
    <message>
        <source>De reservekopieën staan in: %1</source>
        <translation>The backups are in: %1</translation>
    </message>
    <message>
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Gemaakt op</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Inhoud</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Er zijn nog geen reservekopieën van dit boek. Dorpsboek maakt er vanzelf een, elke dag en bij het afsluiten.</source>
        <translation>There are no backups of this book yet. Dorpsboek makes them by itself, every day and when it closes.</translation>
    </message>
    <message>
        <source>Typ uw wachtwoord om te zien wat er in elke reservekopie staat.</source>
        <translation>Type your passphrase to see what is in each backup.</translation>
    </message>
    <message>
        <source>Wachtwoord van het boek:</source>
        <translation>The book's passphrase:</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Inhoud tonen</source>
        <translation>Show contents</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Bezig met de reservekopieën</source>
        <translation>Working on the backups</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Terugzetten als nieuw boek…</source>
        <translation>Restore as a new book…</translation>
    </message>
    <message>
        <source>Vul eerst het wachtwoord van het boek in.</source>
        <translation>First type the book's passphrase.</translation>
    </message>
    <message>
        <source>gaat niet open met dit wachtwoord</source>
        <translation>does not open with this passphrase</translation>
    </message>
    <message>
        <source>beschadigd</source>
        <translation>damaged</translation>
    </message>
    <message>
        <source>kan niet worden gelezen</source>
        <translation>cannot be read</translation>
    </message>
    <message>
        <source>Geen enkele reservekopie gaat open met dit wachtwoord. Klopt het?</source>
        <translation>None of the backups opens with this passphrase. Is it right?</translation>
    </message>
    <message>
        <source>Kies eerst een reservekopie in de lijst.</source>
        <translation>First choose a backup in the list.</translation>
    </message>
    <message>
        <source>Waar moet het teruggezette boek komen?</source>
        <translation>Where should the restored book go?</translation>
    </message>
    <message>
        <source>Boek van Dorpsboek (*.db)</source>
        <translation>Dorpsboek book (*.db)</translation>
    </message>
    <message>
        <source>Op die plek staat al een bestand. Kies een nieuwe naam voor het boek.</source>
        <translation>There is already a file there. Choose a new name for the book.</translation>
    </message>
    <message>
        <source>De reservekopie wordt gecontroleerd en teruggezet…</source>
        <translation>The backup is being checked and restored…</translation>
    </message>
    <message>
        <source>De reservekopie van %1 staat nu als nieuw boek in:
%2

Er staan in: %3.
Het boek dat nu open is, is niet veranderd. Wilt u verder met het teruggezette boek? Kies het bij Instellingen met 'Ander boek kiezen…' en start Dorpsboek opnieuw.</source>
        <translation>The backup from %1 is now a new book in:
%2

It holds: %3.
The book that is open now has not changed. Do you want to go on with the restored book? Choose it in Settings with 'Choose another book…' and start Dorpsboek again.</translation>
    </message>
    <message>
        <source>Teruggezet in: %1</source>
        <translation>Restored in: %1</translation>
    </message>
    <message>
        <source>Reservekopie teruggezet</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Deze reservekopie gaat niet open met dit wachtwoord. Misschien is hij gemaakt toen het boek nog een ander wachtwoord had: typ dan dat wachtwoord.</source>
        <translation>This backup does not open with this passphrase. Perhaps it was made when the book had another passphrase: then type that passphrase.</translation>
    </message>
    <message>
        <source>Deze reservekopie is beschadigd. Kies een andere.</source>
        <translation>This backup is damaged. Choose another one.</translation>
    </message>
<message><source>Oudere reservekopieën uit een eerdere map staan ook in de lijst: %1</source><translation>Older backups from an earlier folder are also in the list: %1</translation></message></context>
</TS>