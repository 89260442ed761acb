<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="nl_NL">
    <context>
        <name>Daily</name>
        <message>
            <source>geen soort</source>
            <translation>no kind</translation>
        </message>
        <message>
            <source>bezoek</source>
            <translation>visit</translation>
        </message>
        <message>
            <source>telefoon</source>
            <translation>phone</translation>
        </message>
        <message>
            <source>overleg</source>
            <translation>meeting</translation>
        </message>
        <message>
            <source>bericht</source>
            <translation>message</translation>
        </message>
        <message>
            <source>anders</source>
            <translation>other</translation>
        </message>
        <message>
            <source>actief</source>
            <translation>active</translation>
        </message>
        <message>
            <source>slapend</source>
            <translation>dormant</translation>
        </message>
        <message>
            <source>afgesloten</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>nieuw</source>
            <translation>new</translation>
        </message>
        <message>
            <source>lopend</source>
            <translation>running</translation>
        </message>
        <message>
            <source>klaar</source>
            <translation>done</translation>
        </message>
        <message>
            <source>genoemd</source>
            <translation>mentioned</translation>
        </message>
        <message>
            <source>koppeling</source>
            <translation>match</translation>
        </message>
        <message>
            <source>doorverwezen</source>
            <translation>referred</translation>
        </message>
        <message>
            <source>vrijwilliger</source>
            <translation>volunteer</translation>
        </message>
        <message>
            <source>sociale kaart</source>
            <translation>social map</translation>
        </message>
        <message>
            <source>Wilt u {what} verwijderen? Zolang Dorpsboek open is, kunt u dit ongedaan maken.</source>
            <translation>Delete {what}? You can undo this while Dorpsboek is open.</translation>
        </message>
        <message>
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
    </context>
    <context>
        <name>HelpModel</name>
        <message>
            <source>Inwoner</source>
            <translation>Resident</translation>
        </message>
        <message>
            <source>Vraag</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Sinds</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>Laatste contact</source>
            <translation>Last contact</translation>
        </message>
    </context>
    <context>
        <name>HelpRequestDialog</name>
        <message>
            <source>Hulpvraag</source>
            <translation>Help request</translation>
        </message>
        <message>
            <source>Voor wie</source>
            <translation>For whom</translation>
        </message>
        <message>
            <source>&amp;Voor wie</source>
            <translation>&amp;For whom</translation>
        </message>
        <message>
            <source>Wat is de vraag</source>
            <translation>What is the question</translation>
        </message>
        <message>
            <source>bijvoorbeeld: vervoer, eenzaamheid</source>
            <translation>for example: transport, loneliness</translation>
        </message>
        <message>
            <source>Thema's</source>
            <translation>Themes</translation>
        </message>
        <message>
            <source>&amp;Wat is de vraag</source>
            <translation>&amp;What is the question</translation>
        </message>
        <message>
            <source>&amp;Thema's</source>
            <translation>&amp;Themes</translation>
        </message>
        <message>
            <source>Kies een inwoner uit de lijst.</source>
            <translation>Pick a resident from the list.</translation>
        </message>
        <message>
            <source>Schrijf in een paar woorden wat de vraag is.</source>
            <translation>Write the question in a few words.</translation>
        </message>
    </context>
    <context>
        <name>HelpRequestsScreen</name>
        <message>
            <source>Welke hulpvragen</source>
            <translation>Which help requests</translation>
        </message>
        <message>
            <source>Alle hulpvragen</source>
            <translation>All help requests</translation>
        </message>
        <message>
            <source>Nieuwe hulpvraag…</source>
            <translation>New help request…</translation>
        </message>
        <message>
            <source>Hulpvragen</source>
            <translation>Help requests</translation>
        </message>
        <message>
            <source>Kies een hulpvraag in de lijst.</source>
            <translation>Pick a help request in the list.</translation>
        </message>
        <message>
            <source>Hulpvraag verwijderen</source>
            <translation>Delete help request</translation>
        </message>
        <message>
            <source>bijvoorbeeld: vervoer, eenzaamheid</source>
            <translation>for example: transport, loneliness</translation>
        </message>
        <message>
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>&amp;Vraag</source>
            <translation>&amp;Question</translation>
        </message>
        <message>
            <source>&amp;Thema's</source>
            <translation>&amp;Themes</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <source>Datums</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Vrijwilligers en organisaties</source>
            <translation>Volunteers and organisations</translation>
        </message>
        <message>
            <source>Vrijwilliger koppelen…</source>
            <translation>Link a volunteer…</translation>
        </message>
        <message>
            <source>Doorverwijzen…</source>
            <translation>Refer…</translation>
        </message>
        <message>
            <source>Loskoppelen</source>
            <translation>Unlink</translation>
        </message>
        <message>
            <source>Zoek vrijwilliger</source>
            <translation>Find a volunteer</translation>
        </message>
        <message>
            <source>{n} hulpvragen</source>
            <translation>{n} help requests</translation>
        </message>
        <message>
            <source>Nog geen hulpvragen. Maak er een bij een inwoner.</source>
            <translation>No help requests yet. Make one from a resident.</translation>
        </message>
        <message>
            <source>Geen hulpvragen met deze status.</source>
            <translation>No help requests with this status.</translation>
        </message>
        <message>
            <source>Naar {name}</source>
            <translation>Go to {name}</translation>
        </message>
        <message>
            <source>geopend {date}</source>
            <translation>opened {date}</translation>
        </message>
        <message>
            <source>klaar op {date}</source>
            <translation>done on {date}</translation>
        </message>
        <message>
            <source>Nog niemand gekoppeld.</source>
            <translation>Nobody linked yet.</translation>
        </message>
        <message>
            <source>Opgeslagen.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>deze hulpvraag</source>
            <translation>this help request</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Vrijwilliger koppelen</source>
            <translation>Link a volunteer</translation>
        </message>
        <message>
            <source>Doorverwijzen naar</source>
            <translation>Refer to</translation>
        </message>
        <message>
            <source>deze koppeling</source>
            <translation>this link</translation>
        </message>
    </context>
    <context>
        <name>PickDialog</name>
        <message>
            <source>&amp;Rol</source>
            <translation>&amp;Role</translation>
        </message>
        <message>
            <source>bijvoorbeeld: mantelzorger, dochter</source>
            <translation>for example: informal carer, daughter</translation>
        </message>
        <message>
            <source>Kies iemand uit de lijst.</source>
            <translation>Pick someone from the list.</translation>
        </message>
    </context>
    <context>
        <name>QuickNoteDialog</name>
        <message>
            <source>Bewerk notitie</source>
            <translation>Edit note</translation>
        </message>
        <message>
            <source>Snel noteren</source>
            <translation>Quick note</translation>
        </message>
        <message>
            <source>Typ een deel van de naam</source>
            <translation>Type part of the name</translation>
        </message>
        <message>
            <source>Over wie</source>
            <translation>About whom</translation>
        </message>
        <message>
            <source>&amp;Over wie</source>
            <translation>&amp;About whom</translation>
        </message>
        <message>
            <source>Wat is er besproken of afgesproken? Gebruik #woord voor uw eigen indeling.</source>
            <translation>What was discussed or agreed? Use #word for your own categories.</translation>
        </message>
        <message>
            <source>Notitie</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>&amp;Notitie</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <source>Soort en &amp;tijd</source>
            <translation>Kind and &amp;time</translation>
        </message>
        <message>
            <source>&amp;Opvolgen</source>
            <translation>&amp;Follow up</translation>
        </message>
        <message>
            <source>Opslaan (Ctrl+Enter)</source>
            <translation>Save (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Soort contact</source>
            <translation>Kind of contact</translation>
        </message>
        <message>
            <source>geen minuten</source>
            <translation>no minutes</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Minuten</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Datum van het contact</source>
            <translation>Date of the contact</translation>
        </message>
        <message>
            <source>op</source>
            <translation>on</translation>
        </message>
        <message>
            <source>Herinnering maken</source>
            <translation>Make a reminder</translation>
        </message>
        <message>
            <source>Datum van de herinnering</source>
            <translation>Date of the reminder</translation>
        </message>
        <message>
            <source>Wat moet er dan gebeuren?</source>
            <translation>What needs to happen then?</translation>
        </message>
        <message>
            <source>Wat moet er dan gebeuren</source>
            <translation>What needs to happen then</translation>
        </message>
        <message>
            <source>Kies een inwoner uit de lijst, of typ een nieuwe naam.</source>
            <translation>Pick a resident from the list, or type a new name.</translation>
        </message>
        <message>
            <source>Nieuwe inwoner: {name} wordt toegevoegd.</source>
            <translation>New resident: {name} will be added.</translation>
        </message>
        <message>
            <source>'{text}' lijkt op een BSN.</source>
            <translation>'{text}' looks like a citizen service number (BSN).</translation>
        </message>
        <message>
            <source>'{text}' lijkt op een rekeningnummer.</source>
            <translation>'{text}' looks like a bank account number.</translation>
        </message>
        <message>
            <source>'{text}' is gevoelig.</source>
            <translation>'{text}' is sensitive.</translation>
        </message>
        <message>
            <source>Schrijf alleen op wat nodig is; opslaan kan gewoon.</source>
            <translation>Write down only what is needed; you can still save.</translation>
        </message>
        <message>
            <source>Schrijf eerst iets op.</source>
            <translation>Write something first.</translation>
        </message>
        <message>
            <source>Vul in over wie deze notitie gaat.</source>
            <translation>Fill in whom this note is about.</translation>
        </message>
        <message>
            <source>Er is geen inwoner die precies '{name}' heet (wel bijvoorbeeld {other}). Wilt u '{name}' als nieuwe inwoner toevoegen?</source>
            <translation>No resident is called exactly '{name}' (there is, for example, {other}). Add '{name}' as a new resident?</translation>
        </message>
        <message>
            <source>Nieuwe inwoner</source>
            <translation>New resident</translation>
        </message>
        <message>
            <source>Toevoegen</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Terug, een naam kiezen</source>
            <translation>Back, choose a name</translation>
        </message>
        <message>
            <source>Op de verkeerde naam gezet? Kies hier de juiste inwoner uit de lijst.</source>
            <translation>Written on the wrong name? Choose the right resident from the list here.</translation>
        </message>
        <message>
            <source>Kies een inwoner uit de lijst; een notitie verhuist alleen naar iemand die al in het boek staat.</source>
            <translation>Choose a resident from the list; a note only moves to someone who is already in the book.</translation>
        </message>
    </context>
    <context>
        <name>ReminderDialog</name>
        <message>
            <source>Herinnering</source>
            <translation>Reminder</translation>
        </message>
        <message>
            <source>Wanneer</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Wat moet er gebeuren</source>
            <translation>What needs to happen</translation>
        </message>
        <message>
            <source>&amp;Wanneer</source>
            <translation>&amp;When</translation>
        </message>
        <message>
            <source>Wat moet er &amp;gebeuren</source>
            <translation>What needs to &amp;happen</translation>
        </message>
        <message>
            <source>Schrijf op wat er moet gebeuren.</source>
            <translation>Write down what needs to happen.</translation>
        </message>
    </context>
    <context>
        <name>ResidentPage</name>
        <message>
            <source>← Alle inwoners</source>
            <translation>← All residents</translation>
        </message>
        <message>
            <source>Snel noteren</source>
            <translation>Quick note</translation>
        </message>
        <message>
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Gegevens</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Inwoner verwijderen</source>
            <translation>Delete resident</translation>
        </message>
        <message>
            <source>bijvoorbeeld: bellen na 10 uur</source>
            <translation>for example: call after 10 am</translation>
        </message>
        <message>
            <source>dd-mm-jjjj</source>
            <translation>dd-mm-yyyy</translation>
        </message>
        <message>
            <source>bijvoorbeeld: mondeling</source>
            <translation>for example: spoken</translation>
        </message>
        <message>
            <source>&amp;Naam</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Adres</source>
            <translation>&amp;Address</translation>
        </message>
        <message>
            <source>&amp;Telefoon</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <source>&amp;Bereikbaar</source>
            <translation>&amp;How to reach</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <source>Toestemming op</source>
            <translation>Consent on</translation>
        </message>
        <message>
            <source>Toestemming hoe</source>
            <translation>Consent how</translation>
        </message>
        <message>
            <source>Opmerkingen</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <source>Gegevens opslaan</source>
            <translation>Save details</translation>
        </message>
        <message>
            <source>Contactmomenten</source>
            <translation>Contact notes</translation>
        </message>
        <message>
            <source>Tijdlijn</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Bewerken…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Hulpvraag van maken…</source>
            <translation>Make a help request…</translation>
        </message>
        <message>
            <source>Hulpvragen</source>
            <translation>Help requests</translation>
        </message>
        <message>
            <source>Nieuwe hulpvraag…</source>
            <translation>New help request…</translation>
        </message>
        <message>
            <source>Openen</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Herinneringen</source>
            <translation>Reminders</translation>
        </message>
        <message>
            <source>Nieuwe herinnering…</source>
            <translation>New reminder…</translation>
        </message>
        <message>
            <source>laatste contact {date}</source>
            <translation>last contact {date}</translation>
        </message>
        <message>
            <source>nog geen contact</source>
            <translation>no contact yet</translation>
        </message>
        <message>
            <source>Contactmomenten ({n})</source>
            <translation>Contact notes ({n})</translation>
        </message>
        <message>
            <source>Nog geen contactmomenten. Kies Snel noteren om er een te schrijven.</source>
            <translation>No contact notes yet. Choose Quick note to write one.</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <source>(sinds {date})</source>
            <translation>(since {date})</translation>
        </message>
        <message>
            <source>Geen hulpvragen.</source>
            <translation>No help requests.</translation>
        </message>
        <message>
            <source>Hulpvragen ({n})</source>
            <translation>Help requests ({n})</translation>
        </message>
        <message>
            <source>Geen herinneringen.</source>
            <translation>No reminders.</translation>
        </message>
        <message>
            <source>Herinneringen ({n})</source>
            <translation>Reminders ({n})</translation>
        </message>
        <message>
            <source>Schrijf de datum als dd-mm-jjjj.</source>
            <translation>Write the date as dd-mm-yyyy.</translation>
        </message>
        <message>
            <source>Opgeslagen.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>{name} met alle notities</source>
            <translation>{name} with all notes</translation>
        </message>
        <message>
            <source>deze notitie</source>
            <translation>this note</translation>
        </message>
        <message>
            <source>Kies eerst een notitie in de lijst.</source>
            <translation>Pick a note in the list first.</translation>
        </message>
        <message>
            <source>deze herinnering</source>
            <translation>this reminder</translation>
        </message>
        <message>
            <source>Inzage</source>
            <translation>Access</translation>
        </message>
        <message>
            <source>Vergeten…</source>
            <translation>Forget…</translation>
        </message>
        <message>
            <source>Alles wat het boek over deze inwoner bewaart, om mee te geven</source>
            <translation>Everything the book holds about this resident, to hand over</translation>
        </message>
        <message>
            <source>Deze inwoner voorgoed wissen, op verzoek van de inwoner</source>
            <translation>Erase this resident for good, at the resident's request</translation>
        </message>
    </context>
    <context>
        <name>ResidentsModel</name>
        <message>
            <source>nog geen</source>
            <translation>none yet</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Telefoon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Adres</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Laatste contact</source>
            <translation>Last contact</translation>
        </message>
    </context>
    <context>
        <name>ResidentsScreen</name>
        <message>
            <source>Zoek in de lijst op naam, adres of telefoon</source>
            <translation>Search the list by name, address or phone</translation>
        </message>
        <message>
            <source>Zoek in de lijst</source>
            <translation>Search the list</translation>
        </message>
        <message>
            <source>Welke inwoners</source>
            <translation>Which residents</translation>
        </message>
        <message>
            <source>Alle inwoners</source>
            <translation>All residents</translation>
        </message>
        <message>
            <source>Sorteren</source>
            <translation>Sort</translation>
        </message>
        <message>
            <source>Op naam</source>
            <translation>By name</translation>
        </message>
        <message>
            <source>Langst geen contact eerst</source>
            <translation>Longest without contact first</translation>
        </message>
        <message>
            <source>Laatste contact eerst</source>
            <translation>Most recent contact first</translation>
        </message>
        <message>
            <source>Nieuwe inwoner…</source>
            <translation>New resident…</translation>
        </message>
        <message>
            <source>Snel noteren</source>
            <translation>Quick note</translation>
        </message>
        <message>
            <source>Inwoners</source>
            <translation>Residents</translation>
        </message>
        <message>
            <source>{n} inwoners</source>
            <translation>{n} residents</translation>
        </message>
        <message>
            <source>Niemand gevonden die hierbij past.</source>
            <translation>Nobody found that matches.</translation>
        </message>
        <message>
            <source>Nog geen inwoners. Kies Nieuwe inwoner of Snel noteren om te beginnen.</source>
            <translation>No residents yet. Choose New resident or Quick note to start.</translation>
        </message>
        <message>
            <source>Naam van de nieuwe inwoner:</source>
            <translation>Name of the new resident:</translation>
        </message>
        <message>
            <source>Nieuwe inwoner</source>
            <translation>New resident</translation>
        </message>
        <message>
            <source>1 inwoner</source>
            <translation>1 resident</translation>
        </message>
    </context>
    <context>
        <name>TodayScreen</name>
        <message>
            <source>Snel noteren</source>
            <translation>Quick note</translation>
        </message>
        <message>
            <source>Herinneringen</source>
            <translation>Reminders</translation>
        </message>
        <message>
            <source>Hulpvragen zonder recent contact</source>
            <translation>Help requests without recent contact</translation>
        </message>
        <message>
            <source>Recente notities</source>
            <translation>Recent notes</translation>
        </message>
        <message>
            <source>te laat, {date}</source>
            <translation>overdue, {date}</translation>
        </message>
        <message>
            <source>vandaag</source>
            <translation>today</translation>
        </message>
        <message>
            <source>Vink aan als het gedaan is; Enter opent de inwoner.</source>
            <translation>Tick when done; Enter opens the resident.</translation>
        </message>
        <message>
            <source>Herinneringen voor vandaag en eerder ({n})</source>
            <translation>Reminders for today and earlier ({n})</translation>
        </message>
        <message>
            <source>Geen herinneringen voor vandaag.</source>
            <translation>No reminders for today.</translation>
        </message>
        <message>
            <source>{name}: {question} (laatste contact {date})</source>
            <translation>{name}: {question} (last contact {date})</translation>
        </message>
        <message>
            <source>Lopende hulpvragen, langer dan {weeks} weken geen contact ({n})</source>
            <translation>Running help requests, no contact for over {weeks} weeks ({n})</translation>
        </message>
        <message>
            <source>Bij alle lopende hulpvragen was er kortgeleden contact.</source>
            <translation>Every running help request had contact recently.</translation>
        </message>
        <message>
            <source>Nog geen notities. Kies Snel noteren om de eerste te schrijven.</source>
            <translation>No notes yet. Choose Quick note to write the first one.</translation>
        </message>
        <message>
            <source>maandag</source>
            <translation>Monday</translation>
        </message>
        <message>
            <source>dinsdag</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <source>woensdag</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <source>donderdag</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <source>vrijdag</source>
            <translation>Friday</translation>
        </message>
        <message>
            <source>zaterdag</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <source>zondag</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <source>Vandaag, {weekday} {date}</source>
            <translation>Today, {weekday} {date}</translation>
        </message>
        <message>
            <source>Sociale kaart controleren</source>
            <translation>Check the social map</translation>
        </message>
        <message>
            <source>Vandaag gecontroleerd</source>
            <translation>Checked today</translation>
        </message>
        <message>
            <source>Het gekozen adres klopt nog: zet de controledatum op vandaag.</source>
            <translation>The chosen entry is still right: set the check date to today.</translation>
        </message>
        <message>
            <source>Vrijwilligers met een oude VOG</source>
            <translation>Volunteers with an old VOG</translation>
        </message>
        <message>
            <source>laatst gecontroleerd {date}</source>
            <translation>last checked {date}</translation>
        </message>
        <message>
            <source>nooit gecontroleerd</source>
            <translation>never checked</translation>
        </message>
        <message>
            <source>En nog {n}. U vindt ze allemaal op de sociale kaart, bij Controleren.</source>
            <translation>And {n} more. You will find them all on the social map, under To check.</translation>
        </message>
        <message>
            <source>Sociale kaart controleren ({n})</source>
            <translation>Check the social map ({n})</translation>
        </message>
        <message>
            <source>Geen adressen om te controleren.</source>
            <translation>No entries to check.</translation>
        </message>
        <message>
            <source>{name}: VOG van {date}</source>
            <translation>{name}: VOG from {date}</translation>
        </message>
        <message>
            <source>En nog {n}. U vindt ze allemaal bij Vrijwilligers.</source>
            <translation>And {n} more. You will find them all under Volunteers.</translation>
        </message>
        <message>
            <source>Vrijwilligers met een VOG ouder dan {years} jaar ({n})</source>
            <translation>Volunteers with a VOG older than {years} years ({n})</translation>
        </message>
        <message>
            <source>Geen vrijwilligers met een te oude VOG.</source>
            <translation>No volunteers with a VOG that is too old.</translation>
        </message>
        <message>
            <source>1 inwoner al lang zonder contact</source>
            <translation>1 resident without contact for a long time</translation>
        </message>
        <message>
            <source>{n} inwoners al lang zonder contact</source>
            <translation>{n} residents without contact for a long time</translation>
        </message>
        <message>
            <source>bekijken</source>
            <translation>review</translation>
        </message>
    </context>
    <context>
        <name>UndoButton</name>
        <message>
            <source>Ongedaan maken</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Zet terug: {what}</source>
            <translation>Restore: {what}</translation>
        </message>
    </context>
    <context>
        <name>_FormDialog</name>
        <message>
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Uw tekst van de vorige keer staat er weer.</source>
            <translation>Your text from last time is back.</translation>
        </message>
    </context>
    <context>
        <name>RelativesBox</name>
        <message>
            <source>Familie en mantelzorgers</source>
            <translation>Family and informal carers</translation>
        </message>
        <message>
            <source>Koppelen…</source>
            <translation>Link…</translation>
        </message>
        <message>
            <source>Relatie wijzigen…</source>
            <translation>Change relation…</translation>
        </message>
        <message>
            <source>Loskoppelen</source>
            <translation>Unlink</translation>
        </message>
        <message>
            <source>{name} (heeft deze inwoner als {relation})</source>
            <translation>{name} (has this resident as {relation})</translation>
        </message>
        <message>
            <source>familie</source>
            <translation>family</translation>
        </message>
        <message>
            <source>Nog niemand gekoppeld.</source>
            <translation>Nobody linked yet.</translation>
        </message>
        <message>
            <source>Familie of mantelzorger koppelen</source>
            <translation>Link family or informal carer</translation>
        </message>
        <message>
            <source>Wie</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Wat is die persoon van {name}</source>
            <translation>What is this person to {name}</translation>
        </message>
        <message>
            <source>Wat is deze persoon, bijvoorbeeld mantelzorger of dochter?</source>
            <translation>What is this person, for example informal carer or daughter?</translation>
        </message>
        <message>
            <source>Relatie wijzigen</source>
            <translation>Change relation</translation>
        </message>
        <message>
            <source>deze koppeling</source>
            <translation>this link</translation>
        </message>
    </context>
    <context>
        <name>SignalsScreen</name>
        <message>
            <source>Opslaan als nieuw signaal</source>
            <translation>Save as a new signal</translation>
        </message>
        <message>
            <source>Opslaan als nieuw verhaal</source>
            <translation>Save as a new story</translation>
        </message>
    </context>
<context>
    <name>FormDrafts</name>
    <message>
        <source>Nog niet opgeslagen: uw wijzigingen van eerder staan er weer.</source>
        <translation>Not saved yet: your changes from before are back.</translation>
    </message>
</context>
</TS>