<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="nl_NL">
    <context>
        <name>ContactDialog</name>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/forms.py" line="105" />
            <source>Contactpersoon</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/forms.py" line="109" />
            <source>bijvoorbeeld POH, consulent</source>
            <translation>for example practice nurse, consultant</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/forms.py" line="113" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/forms.py" line="114" />
            <source>Functie</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/forms.py" line="115" />
            <source>Telefoon (direct)</source>
            <translation>Phone (direct)</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/forms.py" line="116" />
            <source>E-mail (direct)</source>
            <translation>E-mail (direct)</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/forms.py" line="125" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/forms.py" line="126" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/forms.py" line="141" />
            <source>Vul een naam in.</source>
            <translation>Fill in a name.</translation>
        </message>
        <message>
            <source>Wat deze persoon doet. POH: praktijkondersteuner van de huisarts; consulent: bijvoorbeeld van het Wmo-loket.</source>
            <translation>What this person does. POH: the GP practice nurse (praktijkondersteuner); consultant: for example at the Wmo desk.</translation>
        </message>
    </context>
    <context>
        <name>EntryDialog</name>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/forms.py" line="33" />
            <source>Adres bewerken</source>
            <translation>Edit entry</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/forms.py" line="33" />
            <source>Nieuw adres</source>
            <translation>New entry</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/forms.py" line="56" />
            <source>dd-mm-jjjj</source>
            <translation>dd-mm-yyyy</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/forms.py" line="64" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/forms.py" line="65" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/forms.py" line="90" />
            <source>Vul een naam in.</source>
            <translation>Fill in a name.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/forms.py" line="95" />
            <source>Schrijf de datum als dd-mm-jjjj, of laat hem leeg.</source>
            <translation>Write the date as dd-mm-yyyy, or leave it empty.</translation>
        </message>
        <message>
            <source>geen kern</source>
            <translation>no village</translation>
        </message>
        <message>
            <source>Kern</source>
            <translation>Kern</translation>
        </message>
    </context>
    <context>
        <name>EntryPage</name>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/page.py" line="53" />
            <source>Vandaag gecontroleerd</source>
            <translation>Checked today</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/page.py" line="55" />
            <source>Bewerken</source>
            <translation>Edit</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/page.py" line="57" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/page.py" line="62" />
            <location filename="../../../src/dorpsboek/ui/kaart/page.py" line="82" />
            <source>Contactpersonen</source>
            <translation>Contact persons</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/page.py" line="64" />
            <source>Contactpersoon toevoegen</source>
            <translation>Add contact person</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/page.py" line="66" />
            <source>Wijzigen</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/page.py" line="68" />
            <source>Weghalen</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/page.py" line="95" />
            <source>Kies links een adres om het hier te zien.</source>
            <translation>Choose an entry on the left to see it here.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/page.py" line="100" />
            <source>Laatst gecontroleerd op {date}. Klopt alles nog?</source>
            <translation>Last checked on {date}. Is everything still right?</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/page.py" line="103" />
            <source>Nog nooit gecontroleerd. Klopt alles nog?</source>
            <translation>Never checked. Is everything still right?</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/page.py" line="121" />
            <source>nooit</source>
            <translation>never</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/page.py" line="123" />
            <source>Zo vaak naar doorverwezen: {n}</source>
            <translation>Times referred to: {n}</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="58" />
            <source>adressen</source>
            <translation>entries</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="58" />
            <source>vrijwilligers</source>
            <translation>volunteers</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="59" />
            <source>Inlezen: {what}</source>
            <translation>Import: {what}</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="69" />
            <source>Terug</source>
            <translation>Back</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="71" />
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="335" />
            <source>Volgende</source>
            <translation>Next</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="74" />
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="336" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="93" />
            <source>Kies een bestand</source>
            <translation>Choose a file</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="97" />
            <source>Kies een CSV-bestand met {what}, bijvoorbeeld uit een rekenblad of van de gemeente. De eerste regel moet de namen van de kolommen hebben.</source>
            <translation>Choose a CSV file with {what}, for example from a spreadsheet or from the municipality. The first line must hold the names of the columns.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="103" />
            <source>Bestand kiezen…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="114" />
            <source>Welke kolom is wat?</source>
            <translation>Which column is what?</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="116" />
            <source>Dorpsboek heeft een keuze gemaakt. Pas die aan als het niet klopt.</source>
            <translation>Dorpsboek made a choice. Change it if it is not right.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="120" />
            <source>Kolom in het bestand</source>
            <translation>Column in the file</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="120" />
            <source>Voorbeeld</source>
            <translation>Example</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="120" />
            <source>Hoort bij</source>
            <translation>Goes to</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="131" />
            <source>Zo ziet het eruit</source>
            <translation>This is how it looks</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="138" />
            <source>Wat doen met dubbele regels?</source>
            <translation>What to do with duplicate lines?</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="139" />
            <source>Overslaan (wat er al staat blijft zo)</source>
            <translation>Skip (what is there stays as it is)</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="140" />
            <source>Bijwerken met de gegevens uit het bestand</source>
            <translation>Update with the data from the file</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="149" />
            <source>Klaar</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="155" />
            <source>Overgeslagen regels</source>
            <translation>Skipped lines</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="164" />
            <source>Bestand kiezen</source>
            <translation>Choose file</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="165" />
            <source>CSV-bestanden (*.csv *.txt *.tsv);;Alle bestanden (*)</source>
            <translation>CSV files (*.csv *.txt *.tsv);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="179" />
            <source>Dit bestand is geen tabel die Dorpsboek kan lezen. Kies een CSV-bestand met een kolom Naam. Er is niets veranderd.</source>
            <translation>This file is not a table Dorpsboek can read. Choose a CSV file with a Name column. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="202" />
            <source>(niet gebruiken)</source>
            <translation>(do not use)</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="206" />
            <source>Kolom {name} hoort bij</source>
            <translation>Column {name} goes to</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="226" />
            <source>Kies welke kolom de naam is.</source>
            <translation>Choose which column is the name.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="231" />
            <source>{n} regels in het bestand: {i} nieuw, {d} dubbel, {s} zonder naam.</source>
            <translation>{n} lines in the file: {i} new, {d} duplicate, {s} without a name.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="246" />
            <source>Regel</source>
            <translation>Line</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="246" />
            <source>Wat er gebeurt</source>
            <translation>What happens</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="252" />
            <source>nieuw</source>
            <translation>new</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="284" />
            <source>{i} nieuw, {u} bijgewerkt, {s} overgeslagen.</source>
            <translation>{i} new, {u} updated, {s} skipped.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="289" />
            <source>Regel {line}: overgeslagen, {reason}.</source>
            <translation>Line {line}: skipped, {reason}.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="295" />
            <source>Regel {line}: let op, {reason}.</source>
            <translation>Line {line}: note, {reason}.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="300" />
            <source>Alle regels zijn ingelezen.</source>
            <translation>All lines were read.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="308" />
            <source>Dit bestand is geen tabel die Dorpsboek kan lezen. Er is niets veranderd.</source>
            <translation>This file is not a table Dorpsboek can read. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="335" />
            <source>Inlezen</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/import_dialog.py" line="336" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Even geduld</source>
            <translation>Please wait</translation>
        </message>
    </context>
    <context>
        <name>Kaart</name>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="12" />
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="31" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="13" />
            <source>Categorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="14" />
            <source>Thema's</source>
            <translation>Themes</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="15" />
            <source>Wat doen ze</source>
            <translation>What they do</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="16" />
            <source>Wanneer bellen</source>
            <translation>When to call</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="17" />
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="35" />
            <source>Telefoon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="18" />
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="36" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="19" />
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="20" />
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="37" />
            <source>Adres</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="21" />
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="38" />
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="22" />
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="39" />
            <source>Plaats</source>
            <translation>Town</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="23" />
            <source>Openingstijden</source>
            <translation>Opening hours</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="24" />
            <source>Eigen notities</source>
            <translation>Own notes</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="25" />
            <source>Laatst gecontroleerd</source>
            <translation>Last checked</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="32" />
            <source>Voornaam</source>
            <translation>First name</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="33" />
            <source>Tussenvoegsel</source>
            <translation>Name prefix</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="34" />
            <source>Achternaam</source>
            <translation>Last name</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="40" />
            <source>Kan en wil</source>
            <translation>Can and likes to do</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="41" />
            <source>Beschikbaar</source>
            <translation>Available</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="42" />
            <source>Grenzen</source>
            <translation>Limits</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="43" />
            <source>Actief</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="44" />
            <source>Datum VOG</source>
            <translation>VOG date</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="45" />
            <source>Notities</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="51" />
            <source>Contactpersoon {n}</source>
            <translation>Contact person {n}</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="52" />
            <source>Functie contactpersoon {n}</source>
            <translation>Role contact person {n}</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="53" />
            <source>Telefoon contactpersoon {n}</source>
            <translation>Phone contact person {n}</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="54" />
            <source>E-mail contactpersoon {n}</source>
            <translation>E-mail contact person {n}</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="72" />
            <source>maandag</source>
            <translation>Monday</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="73" />
            <source>dinsdag</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="74" />
            <source>woensdag</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="75" />
            <source>donderdag</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="76" />
            <source>vrijdag</source>
            <translation>Friday</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="77" />
            <source>zaterdag</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="78" />
            <source>zondag</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="84" />
            <source>ochtend</source>
            <translation>morning</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="85" />
            <source>middag</source>
            <translation>afternoon</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="86" />
            <source>avond</source>
            <translation>evening</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="92" />
            <source>er staat geen naam in</source>
            <translation>there is no name</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="93" />
            <source>staat al in het boek</source>
            <translation>already in the book</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="94" />
            <source>zelfde als regel {detail}</source>
            <translation>same as line {detail}</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="95" />
            <source>datum '{detail}' niet herkend, leeg gelaten</source>
            <translation>date '{detail}' not understood, left empty</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="98" />
            <source>beschikbaarheid '{detail}' niet herkend, bij de notities gezet</source>
            <translation>availability '{detail}' not understood, put in the notes</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/kaart/labels.py" line="101" />
            <source>'{detail}' bij actief niet herkend, actief gelaten</source>
            <translation>'{detail}' for active not understood, left active</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="45" />
            <source>Geen grenzen genoteerd.</source>
            <translation>No limits noted.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="46" />
            <source>Grenzen:</source>
            <translation>Limits:</translation>
        </message>
    </context>
    <context>
        <name>KaartScreen</name>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/kaart.py" line="49" />
            <source>Zoek in de sociale kaart (naam, soort, plaats)</source>
            <translation>Search the social map (name, kind, town)</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/kaart.py" line="51" />
            <source>Zoeken in de sociale kaart</source>
            <translation>Search the social map</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/kaart.py" line="54" />
            <source>Per categorie</source>
            <translation>By category</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/kaart.py" line="55" />
            <source>Per thema</source>
            <translation>By theme</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/kaart.py" line="56" />
            <source>Indelen</source>
            <translation>Group</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/kaart.py" line="58" />
            <source>Nieuw adres</source>
            <translation>New entry</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/kaart.py" line="60" />
            <source>Inlezen…</source>
            <translation>Import…</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/kaart.py" line="62" />
            <source>Adressen inlezen uit een CSV-bestand (bijvoorbeeld van de gemeente)</source>
            <translation>Read entries from a CSV file (for example from the municipality)</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/kaart.py" line="65" />
            <source>Opslaan als</source>
            <translation>Save as</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/kaart.py" line="68" />
            <source>PDF om te printen</source>
            <translation>PDF to print</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/kaart.py" line="69" />
            <source>Webpagina (HTML)</source>
            <translation>Web page (HTML)</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/kaart.py" line="70" />
            <source>CSV voor een rekenblad</source>
            <translation>CSV for a spreadsheet</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/kaart.py" line="83" />
            <source>Categorieën</source>
            <translation>Categories</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/kaart.py" line="86" />
            <source>Adressen</source>
            <translation>Entries</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/kaart.py" line="130" />
            <source>Alles ({n})</source>
            <translation>All ({n})</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/kaart.py" line="132" />
            <source>Controleren ({n})</source>
            <translation>To check ({n})</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/kaart.py" line="174" />
            <source>controleren</source>
            <translation>to check</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/kaart.py" line="179" />
            <source>nooit</source>
            <translation>never</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/kaart.py" line="180" />
            <source>Laatst gecontroleerd: {date}</source>
            <translation>Last checked: {date}</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/kaart.py" line="251" />
            <source>dit adres</source>
            <translation>this entry</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/kaart.py" line="279" />
            <source>deze contactpersoon</source>
            <translation>this contact person</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/kaart.py" line="290" />
            <source>PDF-bestand (*.pdf)</source>
            <translation>PDF file (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/kaart.py" line="291" />
            <source>Webpagina (*.html)</source>
            <translation>Web page (*.html)</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/kaart.py" line="292" />
            <source>CSV-bestand (*.csv)</source>
            <translation>CSV file (*.csv)</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/kaart.py" line="294" />
            <source>Sociale kaart opslaan</source>
            <translation>Save social map</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/kaart.py" line="306" />
            <source>De sociale kaart staat nu in {path}.</source>
            <translation>The social map is now in {path}.</translation>
        </message>
        <message>
            <source>Per kern</source>
            <translation>By kern</translation>
        </message>
        <message>
            <source>zonder kern</source>
            <translation>without a kern</translation>
        </message>
    </context>
    <context>
        <name>MatchDialog</name>
        <message>
            <location filename="../../../src/dorpsboek/ui/volunteers/matching_dialog.py" line="48" />
            <location filename="../../../src/dorpsboek/ui/volunteers/matching_dialog.py" line="109" />
            <source>Zoek vrijwilliger</source>
            <translation>Find volunteer</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/volunteers/matching_dialog.py" line="53" />
            <source>elke dag</source>
            <translation>any day</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/volunteers/matching_dialog.py" line="57" />
            <source>hele dag</source>
            <translation>whole day</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/volunteers/matching_dialog.py" line="61" />
            <source>extra woorden, bijvoorbeeld: boodschappen</source>
            <translation>extra words, for example: shopping</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/volunteers/matching_dialog.py" line="63" />
            <source>Dag</source>
            <translation>Day</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/volunteers/matching_dialog.py" line="64" />
            <source>Dagdeel</source>
            <translation>Part of the day</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/volunteers/matching_dialog.py" line="65" />
            <source>Extra woorden</source>
            <translation>Extra words</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/volunteers/matching_dialog.py" line="72" />
            <source>Wanneer:</source>
            <translation>When:</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/volunteers/matching_dialog.py" line="79" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/volunteers/matching_dialog.py" line="80" />
            <source>Past bij</source>
            <translation>Matches</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/volunteers/matching_dialog.py" line="81" />
            <source>Kan dan</source>
            <translation>Free then</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/volunteers/matching_dialog.py" line="82" />
            <source>Lopend</source>
            <translation>Running</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/volunteers/matching_dialog.py" line="83" />
            <source>Grenzen</source>
            <translation>Limits</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/volunteers/matching_dialog.py" line="99" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/volunteers/matching_dialog.py" line="106" />
            <source>Er is geen actieve vrijwilliger die nog niet gekoppeld is.</source>
            <translation>There is no active volunteer who is not linked yet.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/volunteers/matching_dialog.py" line="110" />
            <source>Hulpvraag: {asked}</source>
            <translation>Help request: {asked}</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/volunteers/matching_dialog.py" line="143" />
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/volunteers/matching_dialog.py" line="143" />
            <source>nee</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/volunteers/matching_dialog.py" line="161" />
            <source>Koppelen</source>
            <translation>Link</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/volunteers/matching_dialog.py" line="168" />
            <source>Let op: de VOG is ouder dan toegestaan.</source>
            <translation>Note: the VOG is older than allowed.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/volunteers/matching_dialog.py" line="170" />
            <source>Koppel {name} aan deze hulpvraag</source>
            <translation>Link {name} to this help request</translation>
        </message>
    </context>
    <context>
        <name>VolunteerDialog</name>
        <message>
            <location filename="../../../src/dorpsboek/ui/volunteers/form.py" line="34" />
            <source>Vrijwilliger bewerken</source>
            <translation>Edit volunteer</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/volunteers/form.py" line="34" />
            <source>Nieuwe vrijwilliger</source>
            <translation>New volunteer</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/volunteers/form.py" line="46" />
            <source>In eigen woorden, bijvoorbeeld: geen persoonlijke verzorging</source>
            <translation>In their own words, for example: no personal care</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/volunteers/form.py" line="50" />
            <source>Actief (zonder vinkje: gepauzeerd)</source>
            <translation>Active (unticked: paused)</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/volunteers/form.py" line="53" />
            <source>dd-mm-jjjj (mag leeg)</source>
            <translation>dd-mm-yyyy (may be empty)</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/volunteers/form.py" line="73" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/volunteers/form.py" line="79" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/volunteers/form.py" line="80" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/volunteers/form.py" line="105" />
            <source>Vul een naam in.</source>
            <translation>Fill in a name.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/volunteers/form.py" line="111" />
            <source>Schrijf de datum van de VOG als dd-mm-jjjj, of laat hem leeg.</source>
            <translation>Write the VOG date as dd-mm-yyyy, or leave it empty.</translation>
        </message>
    </context>
    <context>
        <name>VolunteerPage</name>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="67" />
            <source>Bewerken</source>
            <translation>Edit</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="68" />
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="97" />
            <source>Pauzeren</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="69" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="79" />
            <source>Wanneer beschikbaar</source>
            <translation>When available</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="91" />
            <source>Kies links een vrijwilliger.</source>
            <translation>Choose a volunteer on the left.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="94" />
            <source>{name} (gepauzeerd)</source>
            <translation>{name} (paused)</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="97" />
            <source>Weer actief</source>
            <translation>Active again</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="103" />
            <source>Kan en wil</source>
            <translation>Can and likes to do</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="104" />
            <source>Telefoon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="105" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="106" />
            <source>Adres</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="107" />
            <source>Lopende hulpvragen</source>
            <translation>Running help requests</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="108" />
            <source>VOG</source>
            <translation>VOG</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="109" />
            <source>Notities</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="119" />
            <source>geen</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="122" />
            <source>{date} — ouder dan toegestaan, vraag een nieuwe aan</source>
            <translation>{date} — older than allowed, ask for a new one</translation>
        </message>
    </context>
    <context>
        <name>VolunteersScreen</name>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="133" />
            <source>Zoek op naam, wat ze doen of grenzen</source>
            <translation>Search by name, what they do or limits</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="135" />
            <source>Zoeken bij vrijwilligers</source>
            <translation>Search volunteers</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="138" />
            <source>Op naam</source>
            <translation>By name</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="139" />
            <source>Minst druk eerst</source>
            <translation>Least busy first</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="140" />
            <source>Volgorde</source>
            <translation>Order</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="142" />
            <source>Nieuwe vrijwilliger</source>
            <translation>New volunteer</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="144" />
            <source>Inlezen…</source>
            <translation>Import…</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="155" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="156" />
            <source>Kan en wil</source>
            <translation>Can and likes to do</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="157" />
            <source>Lopend</source>
            <translation>Running</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="158" />
            <source>VOG</source>
            <translation>VOG</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="159" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="198" />
            <source>actief</source>
            <translation>active</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="198" />
            <source>gepauzeerd</source>
            <translation>paused</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="199" />
            <source>te oud</source>
            <translation>too old</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="208" />
            <source>De VOG is ouder dan toegestaan</source>
            <translation>The VOG is older than allowed</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/volunteers.py" line="276" />
            <source>deze vrijwilliger</source>
            <translation>this volunteer</translation>
        </message>
        <message>
            <source>Vrijwilligers opslaan</source>
            <translation>Save volunteers</translation>
        </message>
        <message>
            <source>De lijst met vrijwilligers staat nu in {path}.</source>
            <translation>The list of volunteers is now in {path}.</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>PDF om te printen</source>
            <translation>PDF to print</translation>
        </message>
        <message>
            <source>Webpagina (HTML)</source>
            <translation>Web page (HTML)</translation>
        </message>
        <message>
            <source>CSV voor een rekenblad</source>
            <translation>CSV for a spreadsheet</translation>
        </message>
        <message>
            <source>PDF-bestand (*.pdf)</source>
            <translation>PDF file (*.pdf)</translation>
        </message>
        <message>
            <source>Webpagina (*.html)</source>
            <translation>Web page (*.html)</translation>
        </message>
        <message>
            <source>CSV-bestand (*.csv)</source>
            <translation>CSV file (*.csv)</translation>
        </message>
        <message>
            <source>Let op: dit bestand is niet versleuteld. Iedereen die het kan openen, kan het lezen. Bewaar het alleen waar dat mag, en gooi het weg als u het niet meer nodig hebt.</source>
            <translation>Please note: this file is not encrypted. Anyone who can open it can read it. Keep it only where that is allowed, and delete it when you no longer need it.</translation>
        </message>
        <message>
            <source>Opslaan als</source>
            <translation>Save as</translation>
        </message>
        <message>
            <source>Opslaan als PDF, webpagina of CSV-bestand</source>
            <translation>Save as PDF, web page or CSV file</translation>
        </message>
        <message>
            <source>Bezig met opslaan</source>
            <translation>Saving</translation>
        </message>
    </context>
</TS>