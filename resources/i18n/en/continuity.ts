<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="nl_NL">
    <context>
        <name>ContactBox</name>
        <message>
            <source>Geregeld contact</source>
            <translation>Regular contact</translation>
        </message>
        <message>
            <source>Notitie schrijven</source>
            <translation>Write a note</translation>
        </message>
        <message>
            <source>Schrijf het contact op bij de gekozen inwoner.</source>
            <translation>Write the contact down for the chosen resident.</translation>
        </message>
        <message>
            <source>Wie mis ik?</source>
            <translation>Who am I missing?</translation>
        </message>
        <message>
            <source>Alle inwoners met een vast ritme, wie het langst wacht bovenaan.</source>
            <translation>All residents with a fixed rhythm, the longest waiting at the top.</translation>
        </message>
        <message>
            <source>Geregeld contact, nu aan de beurt ({n})</source>
            <translation>Regular contact, due now ({n})</translation>
        </message>
        <message>
            <source>Niemand is aan de beurt. Een vast ritme zet u bij de inwoner, bij Contact.</source>
            <translation>Nobody is due. You set a fixed rhythm on the resident's page, at Contact.</translation>
        </message>
    </context>
    <context>
        <name>MissedDialog</name>
        <message>
            <source>Wie mis ik?</source>
            <translation>Who am I missing?</translation>
        </message>
        <message>
            <source>Inwoners met een vast ritme van contact. Wie het langst over tijd is, staat bovenaan. Dubbelklik om de inwoner te openen.</source>
            <translation>Residents with a fixed rhythm of contact. Whoever is most overdue is at the top. Double-click to open the resident.</translation>
        </message>
        <message>
            <source>Kern</source>
            <translation>Kern</translation>
        </message>
        <message>
            <source>Alle kernen</source>
            <translation>All kernen</translation>
        </message>
        <message>
            <source>&amp;Kern:</source>
            <translation>&amp;Kern:</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Ritme</source>
            <translation>Rhythm</translation>
        </message>
        <message>
            <source>Laatste contact</source>
            <translation>Last contact</translation>
        </message>
        <message>
            <source>Stand</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Nog niemand heeft een vast ritme. Open een inwoner en kies bij Contact hoe vaak u belt of langsgaat.</source>
            <translation>Nobody has a fixed rhythm yet. Open a resident and choose at Contact how often you call or visit.</translation>
        </message>
    </context>
    <context>
        <name>RadarBanner</name>
        <message>
            <source>Is dit een signaal? #{tag} staat in {notes} notities over {residents} verschillende inwoners, de afgelopen {weeks} weken.</source>
            <translation>Is this a signal? #{tag} appears in {notes} notes about {residents} different residents in the last {weeks} weeks.</translation>
        </message>
        <message>
            <source>Ja, signaal maken</source>
            <translation>Yes, make a signal</translation>
        </message>
        <message>
            <source>Nee, niet meer vragen</source>
            <translation>No, do not ask again</translation>
        </message>
        <message>
            <source>Ja, signaal maken over #{tag}</source>
            <translation>Yes, make a signal about #{tag}</translation>
        </message>
        <message>
            <source>Nee, niet meer vragen over #{tag}</source>
            <translation>No, do not ask again about #{tag}</translation>
        </message>
    </context>
    <context>
        <name>ResidentPage</name>
        <message>
            <source>&amp;Contact</source>
            <translation>&amp;Contact</translation>
        </message>
        <message>
            <source>Herhalen stoppen</source>
            <translation>Stop repeating</translation>
        </message>
        <message>
            <source>Deze herinnering komt dan niet meer terug; deze ene blijft staan.</source>
            <translation>This reminder then no longer comes back; this one stays.</translation>
        </message>
    </context>
    <context>
        <name>Rhythm</name>
        <message>
            <source>elke week</source>
            <translation>every week</translation>
        </message>
        <message>
            <source>elke {n} weken</source>
            <translation>every {n} weeks</translation>
        </message>
        <message>
            <source>elke dag</source>
            <translation>every day</translation>
        </message>
        <message>
            <source>elke {n} dagen</source>
            <translation>every {n} days</translation>
        </message>
        <message>
            <source>over {n} dagen aan de beurt</source>
            <translation>due in {n} days</translation>
        </message>
        <message>
            <source>vandaag aan de beurt</source>
            <translation>due today</translation>
        </message>
        <message>
            <source>1 dag over tijd</source>
            <translation>1 day overdue</translation>
        </message>
        <message>
            <source>{n} dagen over tijd</source>
            <translation>{n} days overdue</translation>
        </message>
        <message>
            <source>nog geen contact</source>
            <translation>no contact yet</translation>
        </message>
        <message>
            <source>laatste contact {date}</source>
            <translation>last contact {date}</translation>
        </message>
        <message>
            <source>{name} ({every}): {late}, {last}</source>
            <translation>{name} ({every}): {late}, {last}</translation>
        </message>
    </context>
    <context>
        <name>RhythmField</name>
        <message>
            <source>geen vast ritme</source>
            <translation>no fixed rhythm</translation>
        </message>
        <message>
            <source>elke </source>
            <translation>every </translation>
        </message>
        <message>
            <source>Contact, hoe vaak</source>
            <translation>Contact, how often</translation>
        </message>
        <message>
            <source>dagen</source>
            <translation>days</translation>
        </message>
        <message>
            <source>weken</source>
            <translation>weeks</translation>
        </message>
        <message>
            <source>Contact, dagen of weken</source>
            <translation>Contact, days or weeks</translation>
        </message>
        <message>
            <source>Hoe vaak u deze inwoner belt of bezoekt. Vandaag laat zien wie aan de beurt is.</source>
            <translation>How often you call or visit this resident. Today shows who is due.</translation>
        </message>
    </context>
    <context>
        <name>TodayScreen</name>
        <message>
            <source>Het noodpakket is al meer dan drie maanden niet getest met de sleutel</source>
            <translation>The emergency bundle has not been tested with the key for more than three months</translation>
        </message>
        <message>
            <source>nu testen</source>
            <translation>test now</translation>
        </message>
        <message>
            <source>Signaal maken</source>
            <translation>Make a signal</translation>
        </message>
        <message>
            <source>Niet meer vragen</source>
            <translation>Do not ask again</translation>
        </message>
        <message>
            <source>Kies eerst een adres in de lijst hierboven.</source>
            <translation>First choose an address in the list above.</translation>
        </message>
    </context>
    <context>
        <name>ReminderDialog</name>
        <message>
            <source>&amp;Herhalen</source>
            <translation>&amp;Repeat</translation>
        </message>
    </context>
    <context>
        <name>Repeat</name>
        <message>
            <source>elke maand</source>
            <translation>every month</translation>
        </message>
        <message>
            <source>elke {n} maanden</source>
            <translation>every {n} months</translation>
        </message>
        <message>
            <source>elke week</source>
            <translation>every week</translation>
        </message>
        <message>
            <source>elke {n} weken</source>
            <translation>every {n} weeks</translation>
        </message>
        <message>
            <source>elke dag</source>
            <translation>every day</translation>
        </message>
        <message>
            <source>elke {n} dagen</source>
            <translation>every {n} days</translation>
        </message>
        <message>
            <source> ({every}; daarna {dates})</source>
            <translation> ({every}; then {dates})</translation>
        </message>
    </context>
    <context>
        <name>RepeatField</name>
        <message>
            <source>niet herhalen</source>
            <translation>do not repeat</translation>
        </message>
        <message>
            <source>Herhalen, hoe vaak</source>
            <translation>Repeat, how often</translation>
        </message>
        <message>
            <source>dagen</source>
            <translation>days</translation>
        </message>
        <message>
            <source>weken</source>
            <translation>weeks</translation>
        </message>
        <message>
            <source>maanden</source>
            <translation>months</translation>
        </message>
        <message>
            <source>Herhalen, dagen, weken of maanden</source>
            <translation>Repeat, days, weeks or months</translation>
        </message>
        <message>
            <source>Als u deze herinnering afvinkt, zet Dorpsboek de volgende klaar.</source>
            <translation>When you tick off this reminder, Dorpsboek sets up the next one.</translation>
        </message>
        <message>
            <source>elke </source>
            <translation>every </translation>
        </message>
    </context>
    <context>
        <name>WorkSettings</name>
        <message>
            <source> inwoners</source>
            <translation> residents</translation>
        </message>
        <message>
            <source>Signaal vragen vanaf zoveel inwoners</source>
            <translation>Ask about a signal from this many residents</translation>
        </message>
        <message>
            <source>in </source>
            <translation>in </translation>
        </message>
        <message>
            <source> weken</source>
            <translation> weeks</translation>
        </message>
        <message>
            <source>Binnen zoveel weken</source>
            <translation>Within this many weeks</translation>
        </message>
        <message>
            <source>Vragen of iets een signaal is bij:</source>
            <translation>Ask whether something is a signal at:</translation>
        </message>
    </context>
    <context>
        <name>ConsentBox</name>
        <message>
            <source>Mag over deze inwoner praten met</source>
            <translation>May talk about this resident with</translation>
        </message>
        <message>
            <source>Toestemming toevoegen…</source>
            <translation>Add consent…</translation>
        </message>
        <message>
            <source>Intrekken</source>
            <translation>Withdraw</translation>
        </message>
        <message>
            <source>{name} (sinds {date})</source>
            <translation>{name} (since {date})</translation>
        </message>
        <message>
            <source>Niets vastgelegd. Voeg een organisatie toe als de inwoner dat goed vindt.</source>
            <translation>Nothing recorded. Add an organisation if the resident agrees.</translation>
        </message>
        <message>
            <source>Er staan geen (andere) adressen op de sociale kaart.</source>
            <translation>There are no (other) addresses on the social map.</translation>
        </message>
        <message>
            <source>Toestemming per organisatie</source>
            <translation>Consent per organisation</translation>
        </message>
        <message>
            <source>Organisatie</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>deze toestemming</source>
            <translation>this consent</translation>
        </message>
    </context>
    <context>
        <name>HelpRequestsScreen</name>
        <message>
            <source>Voor deze inwoner is geen toestemming per organisatie vastgelegd.</source>
            <translation>No consent per organisation has been recorded for this resident.</translation>
        </message>
        <message>
            <source>Toestemming om over {name} te praten met: {names}.</source>
            <translation>Consent to talk about {name} with: {names}.</translation>
        </message>
    </context>
    <context>
        <name>DetailsBox</name>
        <message>
            <source>Gegevens</source>
            <translation>Details</translation>
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
            <source>&amp;Contact</source>
            <translation>&amp;Contact</translation>
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
            <source>geen kern</source>
            <translation>no village</translation>
        </message>
        <message>
            <source>Schrijf de datum als dd-mm-jjjj.</source>
            <translation>Write the date as dd-mm-yyyy.</translation>
        </message>
        <message>
            <source>&amp;Kern</source>
            <translation>&amp;Kern</translation>
        </message>
    </context>
    <context>
        <name>ResidentsScreen</name>
        <message>
            <source>Alle kernen</source>
            <translation>All kernen</translation>
        </message>
        <message>
            <source>Welke kern</source>
            <translation>Which kern</translation>
        </message>
        <message>
            <source>Zonder kern</source>
            <translation>Without a kern</translation>
        </message>
    </context>
</TS>