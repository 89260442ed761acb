<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="nl_NL">
    <context>
        <name>Cover</name>
        <message>
            <source>Dorpsboek is vergrendeld.</source>
            <translation>Dorpsboek is locked.</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Nee</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <source>Dorpsboek is vergrendeld</source>
            <translation>Dorpsboek is locked</translation>
        </message>
        <message>
            <source>Typ uw wachtwoord om verder te werken. Er gaat niets verloren.</source>
            <translation>Type your passphrase to continue. Nothing is lost.</translation>
        </message>
        <message>
            <source>Vergrendeld</source>
            <translation>Locked</translation>
        </message>
    </context>
    <context>
        <name>Locker</name>
        <message>
            <source>Dit wachtwoord klopt niet. Probeer het nog eens.</source>
            <translation>This passphrase is not right. Please try again.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Onderdelen</source>
            <translation>Sections</translation>
        </message>
        <message>
            <source>Snel noteren</source>
            <translation>Quick note</translation>
        </message>
        <message>
            <source>Een notitie maken (Ctrl+N)</source>
            <translation>Write a note (Ctrl+N)</translation>
        </message>
        <message>
            <source>Instellingen</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Vergrendelen</source>
            <translation>Lock</translation>
        </message>
        <message>
            <source>Het boek op slot zetten tot u uw wachtwoord typt (Ctrl+L)</source>
            <translation>Close off the book until your passphrase is typed (Ctrl+L)</translation>
        </message>
        <message>
            <source>Dorpsboek is vergrendeld.</source>
            <translation>Dorpsboek is locked.</translation>
        </message>
        <message>
            <source>Ontgrendelen…</source>
            <translation>Unlock…</translation>
        </message>
        <message>
            <source>Dit kan hier nog niet worden geopend.</source>
            <translation>This cannot be opened here yet.</translation>
        </message>
        <message>
            <source>Snel noteren komt in een volgende versie.</source>
            <translation>Quick notes come in a later version.</translation>
        </message>
        <message>
            <source>demo</source>
            <translation>demo</translation>
        </message>
        <message>
            <source>Notitie over {name} opgeslagen.</source>
            <translation>Note about {name} saved.</translation>
        </message>
        <message>
            <source>notitie over {name}</source>
            <translation>note about {name}</translation>
        </message>
        <message>
            <source>Activiteit opgeslagen.</source>
            <translation>Activity saved.</translation>
        </message>
        <message>
            <source>activiteit</source>
            <translation>activity</translation>
        </message>
        <message>
            <source>Weer weggehaald.</source>
            <translation>Taken away again.</translation>
        </message>
    </context>
    <context>
        <name>NewBookPage</name>
        <message>
            <source>Een nieuw boek</source>
            <translation>A new book</translation>
        </message>
        <message>
            <source>Het boek komt hier te staan: %1</source>
            <translation>The book will be stored here: %1</translation>
        </message>
        <message>
            <source>Kies een wachtwoord:</source>
            <translation>Choose a passphrase:</translation>
        </message>
        <message>
            <source>Wachtwoord</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Hoe sterk het wachtwoord is</source>
            <translation>How strong the passphrase is</translation>
        </message>
        <message>
            <source>Typ het wachtwoord nog een keer:</source>
            <translation>Type the passphrase once more:</translation>
        </message>
        <message>
            <source>Wachtwoord herhalen</source>
            <translation>Repeat passphrase</translation>
        </message>
        <message>
            <source>Let op: zonder dit wachtwoord kan niemand het boek openen, ook u niet. Schrijf het op en bewaar het op een veilige plek. Later kunt u een noodpakket maken, zodat een collega het boek kan overnemen als u wegvalt.</source>
            <translation>Please note: without this passphrase nobody can open the book, not even you. Write it down and keep it in a safe place. Later you can make an emergency kit, so that a colleague can take over the book if you are away.</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Bezig met het maken van het boek</source>
            <translation>Making the book</translation>
        </message>
        <message>
            <source>Terug</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Boek maken</source>
            <translation>Make the book</translation>
        </message>
        <message>
            <source>Te kort: gebruik minstens 8 tekens.</source>
            <translation>Too short: use at least 8 characters.</translation>
        </message>
        <message>
            <source>Zwak: makkelijk te raden. Maak het langer.</source>
            <translation>Weak: easy to guess. Make it longer.</translation>
        </message>
        <message>
            <source>Redelijk. Een paar woorden extra maken het sterker.</source>
            <translation>Fair. A few more words make it stronger.</translation>
        </message>
        <message>
            <source>Sterk.</source>
            <translation>Strong.</translation>
        </message>
        <message>
            <source>Heel sterk.</source>
            <translation>Very strong.</translation>
        </message>
        <message>
            <source>Het wachtwoord is te kort: gebruik minstens 8 tekens.</source>
            <translation>The passphrase is too short: use at least 8 characters.</translation>
        </message>
        <message>
            <source>De twee wachtwoorden zijn niet gelijk.</source>
            <translation>The two passphrases are not the same.</translation>
        </message>
        <message>
            <source>Het boek wordt gemaakt. Dit duurt een paar tellen.</source>
            <translation>The book is being made. This takes a few seconds.</translation>
        </message>
    </context>
    <context>
        <name>Placeholder</name>
        <message>
            <source>Dit onderdeel kon niet worden geladen. Uw gegevens zijn veilig; de rest van Dorpsboek werkt gewoon.</source>
            <translation>This section could not be loaded. Your data is safe; the rest of Dorpsboek works as usual.</translation>
        </message>
        <message>
            <source>Dit onderdeel komt in een volgende versie van Dorpsboek.</source>
            <translation>This section comes in a later version of Dorpsboek.</translation>
        </message>
    </context>
    <context>
        <name>ResultList</name>
        <message>
            <source>Zoekresultaten</source>
            <translation>Search results</translation>
        </message>
        <message>
            <source>    … en nog meer; typ verder om te kiezen</source>
            <translation>    … and more; keep typing to choose</translation>
        </message>
    </context>
    <context>
        <name>Screens</name>
        <message>
            <source>Vandaag</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Inwoners</source>
            <translation>Residents</translation>
        </message>
        <message>
            <source>Hulpvragen</source>
            <translation>Help requests</translation>
        </message>
        <message>
            <source>Sociale kaart</source>
            <translation>Social map</translation>
        </message>
        <message>
            <source>Vrijwilligers</source>
            <translation>Volunteers</translation>
        </message>
        <message>
            <source>Signalen</source>
            <translation>Signals</translation>
        </message>
        <message>
            <source>Verantwoording</source>
            <translation>Annual account</translation>
        </message>
        <message>
            <source>Overdracht</source>
            <translation>Handover</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <source>Inwoners</source>
            <translation>Residents</translation>
        </message>
        <message>
            <source>Notities</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Sociale kaart</source>
            <translation>Social map</translation>
        </message>
        <message>
            <source>Vrijwilligers</source>
            <translation>Volunteers</translation>
        </message>
    </context>
    <context>
        <name>SearchBox</name>
        <message>
            <source>Zoeken in alles (Ctrl+K)</source>
            <translation>Search everything (Ctrl+K)</translation>
        </message>
        <message>
            <source>Zoeken</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Niets gevonden voor ‘%1’.</source>
            <translation>Nothing found for ‘%1’.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Instellingen</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Taal</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Taal:</source>
            <translation>Language:</translation>
        </message>
        <message>
            <source> minuten</source>
            <translation> minutes</translation>
        </message>
        <message>
            <source>nooit</source>
            <translation>never</translation>
        </message>
        <message>
            <source>Vergrendelen na minuten zonder gebruik</source>
            <translation>Lock after minutes without use</translation>
        </message>
        <message>
            <source>Vergrendelen na:</source>
            <translation>Lock after:</translation>
        </message>
        <message>
            <source> weken</source>
            <translation> weeks</translation>
        </message>
        <message>
            <source>Weken zonder contact voordat een hulpvraag stil is</source>
            <translation>Weeks without contact before a help request is quiet</translation>
        </message>
        <message>
            <source>Hulpvraag is stil na:</source>
            <translation>Help request is quiet after:</translation>
        </message>
        <message>
            <source>Waar het boek staat</source>
            <translation>Where the book is stored</translation>
        </message>
        <message>
            <source>Ander boek kiezen…</source>
            <translation>Choose another book…</translation>
        </message>
        <message>
            <source>Het boek staat in:</source>
            <translation>The book is stored in:</translation>
        </message>
        <message>
            <source>Een andere taal of een ander boek gaat in als u Dorpsboek opnieuw start. Zonder gebruik wordt Dorpsboek na de gekozen tijd vergrendeld; kies ‘nooit’ om dat uit te zetten.</source>
            <translation>Another language or another book takes effect when you restart Dorpsboek. Without use, Dorpsboek locks after the chosen time; choose ‘never’ to switch that off.</translation>
        </message>
        <message>
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Kies een boek</source>
            <translation>Choose a book</translation>
        </message>
        <message>
            <source>Dorpsboek-boek (*.db);;Alle bestanden (*)</source>
            <translation>Dorpsboek book (*.db);;All files (*)</translation>
        </message>
        <message>
            <source>het demoboek (tijdelijk: weg zodra u afsluit)</source>
            <translation>the demo book (temporary: gone when you quit)</translation>
        </message>
    </context>
    <context>
        <name>Shell</name>
        <message>
            <source>Het wachtwoord van het demoboek is: %1</source>
            <translation>The passphrase of the demo book is: %1</translation>
        </message>
        <message>
            <source>Open uw boek; daarna wordt het terugpakket verwerkt.</source>
            <translation>Open your book; the return package is processed after that.</translation>
        </message>
        <message>
            <source>Er is al een boek open. Sluit Dorpsboek en open het pakket opnieuw.</source>
            <translation>A book is already open. Close Dorpsboek and open the package again.</translation>
        </message>
    </context>
    <context>
        <name>SoonPage</name>
        <message>
            <source>Terug</source>
            <translation>Back</translation>
        </message>
    </context>
    <context>
        <name>StartWindow</name>
        <message>
            <source>Boek openen</source>
            <translation>Open the book</translation>
        </message>
        <message>
            <source>Typ uw wachtwoord en druk op Enter.</source>
            <translation>Type your passphrase and press Enter.</translation>
        </message>
        <message>
            <source>Overdrachtspakket openen</source>
            <translation>Open a handover package</translation>
        </message>
        <message>
            <source>Een overdrachtspakket openen komt binnenkort in Dorpsboek. Tot die tijd kunt u een nieuw boek beginnen of rondkijken in het demoboek.</source>
            <translation>Opening a handover package is coming soon in Dorpsboek. Until then you can start a new book or look around in the demo book.</translation>
        </message>
    </context>
    <context>
        <name>DemoPage</name>
        <message>
            <source>Demoboek</source>
            <translation>Demo book</translation>
        </message>
        <message>
            <source>Het demoboek wordt gemaakt, met een verzonnen dorp.</source>
            <translation>The demo book is being made, with an invented village.</translation>
        </message>
        <message>
            <source>Bezig met het demoboek</source>
            <translation>Making the demo book</translation>
        </message>
    </context>
    <context>
        <name>UnlockForm</name>
        <message>
            <source>Wachtwoord:</source>
            <translation>Passphrase:</translation>
        </message>
        <message>
            <source>Wachtwoord</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Bezig met openen</source>
            <translation>Opening</translation>
        </message>
        <message>
            <source>Openen</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Vul eerst uw wachtwoord in.</source>
            <translation>Please type your passphrase first.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welkom bij Dorpsboek</source>
            <translation>Welcome to Dorpsboek</translation>
        </message>
        <message>
            <source>Dorpsboek bewaart uw aantekeningen over inwoners, hulpvragen en de sociale kaart, versleuteld op deze computer. Er gaat niets over internet.</source>
            <translation>Dorpsboek keeps your notes about residents, help requests and the social map, encrypted on this computer. Nothing goes over the internet.</translation>
        </message>
        <message>
            <source>Een nieuw boek beginnen</source>
            <translation>Start a new book</translation>
        </message>
        <message>
            <source>Een overdrachtspakket openen</source>
            <translation>Open a handover package</translation>
        </message>
        <message>
            <source>Eerst rondkijken in een demoboek</source>
            <translation>First look around in a demo book</translation>
        </message>
    </context>
    <context>
        <name>FolderSettings</name>
        <message>
            <source>Bewaren</source>
            <translation>Storage</translation>
        </message>
        <message>
            <source>Andere map…</source>
            <translation>Other folder…</translation>
        </message>
        <message>
            <source>Andere map voor de reservekopieën</source>
            <translation>Other folder for the backups</translation>
        </message>
        <message>
            <source>Standaard</source>
            <translation>Default</translation>
        </message>
        <message>
            <source>Reservekopieën weer naast het boek</source>
            <translation>Backups next to the book again</translation>
        </message>
        <message>
            <source>Reservekopieën:</source>
            <translation>Backups:</translation>
        </message>
        <message>
            <source>Andere map voor het noodpakket</source>
            <translation>Other folder for the emergency package</translation>
        </message>
        <message>
            <source>Noodpakket:</source>
            <translation>Emergency package:</translation>
        </message>
        <message>
            <source>naast het boek: %1</source>
            <translation>next to the book: %1</translation>
        </message>
        <message>
            <source>(nog geen map gekozen)</source>
            <translation>(no folder chosen yet)</translation>
        </message>
        <message>
            <source>Dorpsboek kan niet schrijven in %1; de vorige map blijft ingesteld.</source>
            <translation>Dorpsboek cannot write in %1; the previous folder stays set.</translation>
        </message>
        <message>
            <source>Map voor de reservekopieën</source>
            <translation>Folder for the backups</translation>
        </message>
        <message>
            <source>De reservekopieën die er al zijn, blijven in %1 staan; u kunt ze nog steeds terugzetten.</source>
            <translation>The backups made so far stay in %1; you can still restore them.</translation>
        </message>
        <message>
            <source>Map voor het noodpakket</source>
            <translation>Folder for the emergency package</translation>
        </message>
    </context>
    <context>
        <name>QuickNoteDialog</name>
        <message>
            <source>Uw tekst van de vorige keer staat er weer.</source>
            <translation>Your text from last time is back.</translation>
        </message>
        <message>
            <source>Leeg beginnen</source>
            <translation>Start empty</translation>
        </message>
    </context>
    <context>
        <name>SavedToast</name>
        <message>
            <source>Ongedaan maken</source>
            <translation>Undo</translation>
        </message>
    </context>
    <context>
        <name>About</name>
        <message>
            <source>Het versleutelde dorpsboek voor de dorpsondersteuner. Werkt zonder internet.</source>
            <translation>The encrypted casebook for the village supporter. Works without internet.</translation>
        </message>
        <message>
            <source>Licentie: EUPL-1.2 (European Union Public Licence).</source>
            <translation>Licence: EUPL-1.2 (European Union Public Licence).</translation>
        </message>
        <message>
            <source>Uw boek staat op:</source>
            <translation>Your book is at:</translation>
        </message>
        <message>
            <source>Over Dorpsboek</source>
            <translation>About Dorpsboek</translation>
        </message>
        <message>
            <source>Snel noteren</source>
            <translation>Quick note</translation>
        </message>
        <message>
            <source>Notitie opslaan</source>
            <translation>Save the note</translation>
        </message>
        <message>
            <source>Zoeken in alles</source>
            <translation>Search everything</translation>
        </message>
        <message>
            <source>Vergrendelen</source>
            <translation>Lock</translation>
        </message>
        <message>
            <source>Ongedaan maken (na verwijderen)</source>
            <translation>Undo (after deleting)</translation>
        </message>
        <message>
            <source>Handleiding</source>
            <translation>Manual</translation>
        </message>
        <message>
            <source>Afsluiten</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Venster sluiten; uw tekst blijft bewaard</source>
            <translation>Close a window; your text is kept</translation>
        </message>
        <message>
            <source>Sneltoetsen</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>Vergrendelen</source>
            <translation>Lock</translation>
        </message>
        <message>
            <source>Reservekopie maken</source>
            <translation>Make a backup</translation>
        </message>
        <message>
            <source>Wachtwoord wijzigen…</source>
            <translation>Change passphrase…</translation>
        </message>
        <message>
            <source>Instellingen…</source>
            <translation>Settings…</translation>
        </message>
        <message>
            <source>Sneltoetsen</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Over Dorpsboek</source>
            <translation>About Dorpsboek</translation>
        </message>
        <message>
            <source>Reservekopie wordt gemaakt…</source>
            <translation>Making a backup…</translation>
        </message>
        <message>
            <source>Reservekopie gemaakt: {path}</source>
            <translation>Backup made: {path}</translation>
        </message>
        <message>
            <source>Het wachtwoord is veranderd.</source>
            <translation>The passphrase was changed.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Wachtwoord wijzigen</source>
            <translation>Change passphrase</translation>
        </message>
        <message>
            <source>&amp;Huidig wachtwoord</source>
            <translation>&amp;Current passphrase</translation>
        </message>
        <message>
            <source>&amp;Nieuw wachtwoord</source>
            <translation>&amp;New passphrase</translation>
        </message>
        <message>
            <source>Nieuw wachtwoord &amp;nog eens</source>
            <translation>New passphrase &amp;again</translation>
        </message>
        <message>
            <source>Dorpsboek schrijft het boek opnieuw met het nieuwe wachtwoord. Reservekopieën van eerder openen met het wachtwoord van toen.</source>
            <translation>Dorpsboek writes the book again with the new passphrase. Earlier backups open with the passphrase of their time.</translation>
        </message>
        <message>
            <source>Wijzigen</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Te kort: gebruik minstens 8 tekens.</source>
            <translation>Too short: use at least 8 characters.</translation>
        </message>
        <message>
            <source>Zwak: makkelijk te raden. Maak het langer.</source>
            <translation>Weak: easy to guess. Make it longer.</translation>
        </message>
        <message>
            <source>Redelijk. Een paar woorden extra maken het sterker.</source>
            <translation>Fair. A few more words make it stronger.</translation>
        </message>
        <message>
            <source>Sterk.</source>
            <translation>Strong.</translation>
        </message>
        <message>
            <source>Heel sterk.</source>
            <translation>Very strong.</translation>
        </message>
        <message>
            <source>Typ eerst het wachtwoord dat u nu gebruikt.</source>
            <translation>First type the passphrase you use now.</translation>
        </message>
        <message>
            <source>Het nieuwe wachtwoord is te kort: gebruik minstens 8 tekens.</source>
            <translation>The new passphrase is too short: use at least 8 characters.</translation>
        </message>
        <message>
            <source>De twee nieuwe wachtwoorden zijn niet gelijk.</source>
            <translation>The two new passphrases are not the same.</translation>
        </message>
        <message>
            <source>Het boek wordt opnieuw versleuteld…</source>
            <translation>The book is being encrypted again…</translation>
        </message>
    </context>
    <context>
        <name>MissedDialog</name>
        <message>
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>DetailsBox</name>
        <message>
            <source>actief: u hebt nu contact of werkt aan een vraag</source>
            <translation>active: you are in touch now or working on a question</translation>
        </message>
        <message>
            <source>slapend: nu geen vraag, maar de inwoner kan altijd weer bellen</source>
            <translation>dormant: no question now, but the resident can always call again</translation>
        </message>
        <message>
            <source>afgesloten: het contact is klaar; de bewaartermijn loopt</source>
            <translation>closed: the contact is finished; the retention period runs</translation>
        </message>
    </context>
    <context>
        <name>ResidentPage</name>
        <message>
            <source>Deze inwoner voorgoed wissen, op verzoek van de inwoner: alles verdwijnt, alleen de tellingen voor de verantwoording blijven (zonder naam).</source>
            <translation>Erase this resident for good, at the resident's request: everything goes, only the counts for the annual account stay (without a name).</translation>
        </message>
        <message>
            <source>Uit de lijst halen; met Ongedaan maken komt alles terug. Vergeten wist echt en voorgoed.</source>
            <translation>Take out of the list; Undo brings everything back. Forget erases for real and for good.</translation>
        </message>
    </context>
    <context>
        <name>VolunteersScreen</name>
        <message>
            <source>Verklaring Omtrent het Gedrag: bewijst dat iemand met kwetsbare mensen mag werken. Na een paar jaar vraagt u een nieuwe aan.</source>
            <translation>Certificate of Conduct (VOG): shows that someone may work with vulnerable people. After a few years you ask for a new one.</translation>
        </message>
        <message>
            <source>geen</source>
            <translation>none</translation>
        </message>
    </context>
</TS>