<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="nl_NL">
    <context>
        <name>AuditView</name>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="41" />
            <source>toegevoegd</source>
            <translation>added</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="42" />
            <source>gewijzigd</source>
            <translation>changed</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="43" />
            <source>verwijderd</source>
            <translation>deleted</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="44" />
            <source>teruggezet</source>
            <translation>restored</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="45" />
            <source>gewist (vergeten)</source>
            <translation>erased (forgotten)</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="46" />
            <source>in één keer toegevoegd</source>
            <translation>added in one go</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="47" />
            <source>overgenomen uit overdracht</source>
            <translation>taken over from a handover</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="53" />
            <source>inwoner</source>
            <translation>resident</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="54" />
            <source>relatie</source>
            <translation>relation</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="55" />
            <source>notitie</source>
            <translation>note</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="56" />
            <source>hulpvraag</source>
            <translation>help request</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="57" />
            <source>herinnering</source>
            <translation>reminder</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="58" />
            <source>sociale kaart</source>
            <translation>social map</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="59" />
            <source>contactpersoon</source>
            <translation>contact person</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="60" />
            <source>vrijwilliger</source>
            <translation>volunteer</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="61" />
            <source>signaal</source>
            <translation>signal</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="62" />
            <source>verhaal</source>
            <translation>story</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="63" />
            <source>koppeling</source>
            <translation>link</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="83" />
            <source>Wanneer</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="84" />
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="176" />
            <source>Wie</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="85" />
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="181" />
            <source>Wat</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="86" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="87" />
            <source>Over</source>
            <translation>About</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="88" />
            <source>Velden</source>
            <translation>Fields</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="135" />
            <source>Logboek: wie deed wat</source>
            <translation>Log: who did what</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="141" />
            <source>Hier staat wie wat heeft veranderd en wanneer. De inhoud zelf staat er niet in, alleen welke velden. Van gewiste inwoners staat alleen dat ze gewist zijn.</source>
            <translation>This shows who changed what and when. The content itself is not in it, only which fields. For erased residents it only says that they were erased.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="154" />
            <source>Logboek</source>
            <translation>Log</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="170" />
            <source>Zoek op naam of woord</source>
            <translation>Search by name or word</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="173" />
            <source>Zoeken in het logboek</source>
            <translation>Search the log</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="177" />
            <source>Iedereen</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="182" />
            <source>Alle wijzigingen</source>
            <translation>All changes</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="188" />
            <source>Vanaf</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="200" />
            <source>vanaf</source>
            <translation>from</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/audit_view.py" line="220" />
            <source>{n} van {total} regels</source>
            <translation>{n} of {total} lines</translation>
        </message>
    </context>
    <context>
        <name>Privacy</name>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="44" />
            <source>Inzage: wat het boek bewaart</source>
            <translation>Access: what the book holds</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="48" />
            <source>Dit is alles wat in het boek staat over deze inwoner. Sla het op en geef het aan de inwoner. Let op: het opgeslagen bestand is niet versleuteld.</source>
            <translation>This is everything the book holds about this resident. Save it and give it to the resident. Note: the saved file is not encrypted.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="61" />
            <source>Opslaan als PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="64" />
            <source>Opslaan als webpagina…</source>
            <translation>Save as web page…</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="67" />
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="192" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="79" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="80" />
            <source>Webpagina (*.html)</source>
            <translation>Web page (*.html)</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="84" />
            <source>Inzage opslaan</source>
            <translation>Save the overview</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="94" />
            <source>Opgeslagen: {path}</source>
            <translation>Saved: {path}</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="113" />
            <source>{name} wordt voorgoed gewist, met alle notities ({notes}), hulpvragen ({helps}) en herinneringen ({reminders}). Dit kan niet ongedaan worden gemaakt.

De aantallen in de verantwoording blijven kloppen; er blijft geen naam of tekst bewaard. Reservekopieën en overdrachtspakketten van vóór vandaag bevatten de gegevens nog tot ze worden vervangen.</source>
            <translation>{name} will be erased for good, with all notes ({notes}), help requests ({helps}) and reminders ({reminders}). This cannot be undone.

The numbers in the account stay the same; no name or text is kept. Backups and handover packages from before today still hold the data until they are replaced.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="136" />
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="146" />
            <source>Inwoner wissen</source>
            <translation>Erase resident</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="137" />
            <source>Voorgoed wissen</source>
            <translation>Erase for good</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="141" />
            <source>Bezig met wissen…</source>
            <translation>Erasing…</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="141" />
            <source>De inwoner is gewist.</source>
            <translation>The resident was erased.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="143" />
            <source>Sluit Dorpsboek straks af, dan is ook het laatste spoor weg.</source>
            <translation>Close Dorpsboek later to remove the last trace too.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="159" />
            <source>Bewaartermijn</source>
            <translation>Retention</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="162" />
            <source>Bewaartermijn nakijken</source>
            <translation>Review retention</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="167" />
            <source>Deze inwoners hebben al langer dan {months} maanden geen contact gehad. Kies per inwoner: bewaren (dan komt de inwoner pas na {months} maanden weer op deze lijst) of wissen.</source>
            <translation>These residents have had no contact for more than {months} months. Choose for each: keep (then they only return to this list after {months} months) or erase.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="178" />
            <source>Inwoners om na te kijken</source>
            <translation>Residents to review</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="182" />
            <source>Bewaren</source>
            <translation>Keep</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="184" />
            <source>Wissen…</source>
            <translation>Erase…</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="204" />
            <source>actief</source>
            <translation>active</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="205" />
            <source>rustig</source>
            <translation>quiet</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="206" />
            <source>afgesloten</source>
            <translation>closed</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="209" />
            <source>{name} — {status}, laatste contact {day}</source>
            <translation>{name} — {status}, last contact {day}</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="218" />
            <source>Niemand om na te kijken.</source>
            <translation>Nobody to review.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="260" />
            <source>Woorden om op te letten</source>
            <translation>Words to watch for</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="264" />
            <source>Schrijf zo weinig mogelijk op. Bij het schrijven van een notitie krijgt u een seintje als er een van deze woorden in staat, of iets dat lijkt op een BSN of een rekeningnummer. Eén woord per regel.</source>
            <translation>Write down as little as possible. While you write a note, you get a hint when it contains one of these words, or something that looks like a citizen service number (BSN) or a bank account number. One word per line.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="275" />
            <source>Woorden, één per regel</source>
            <translation>Words, one per line</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="283" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="286" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="310" />
            <source>Bewaartermijn nakijken…</source>
            <translation>Review retention…</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="314" />
            <source>Woorden om op te letten…</source>
            <translation>Words to watch for…</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/privacy/actions.py" line="318" />
            <source>Logboek: wie deed wat…</source>
            <translation>Log: who did what…</translation>
        </message>
    </context>
    <context>
        <name>ReportScreen</name>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="80" />
            <source>Verantwoording</source>
            <translation>Account</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="98" />
            <source>Periode:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="101" />
            <source>Vorig jaar ({year})</source>
            <translation>Last year ({year})</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="102" />
            <source>Dit jaar tot nu</source>
            <translation>This year so far</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="103" />
            <source>Vorig kwartaal</source>
            <translation>Last quarter</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="104" />
            <source>Dit kwartaal</source>
            <translation>This quarter</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="105" />
            <source>Zelf kiezen</source>
            <translation>Choose dates</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="109" />
            <source>Periode</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="112" />
            <source>Eerste dag</source>
            <translation>First day</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="113" />
            <source>Laatste dag</source>
            <translation>Last day</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="119" />
            <source>van</source>
            <translation>from</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="121" />
            <source>t/m</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="138" />
            <source>Opslaan als PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="139" />
            <source>Opslaan als webpagina…</source>
            <translation>Save as web page…</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="140" />
            <source>Opslaan als tekst…</source>
            <translation>Save as text…</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="147" />
            <source>Privacy…</source>
            <translation>Privacy…</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="148" />
            <source>Bewaartermijn, woorden om op te letten en het logboek</source>
            <translation>Retention, words to watch for and the log</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="184" />
            <source>De cijfers worden geteld…</source>
            <translation>Counting the numbers…</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="196" />
            <source>Periode {period}. Aantallen kleiner dan {n} staan er als '&lt; {n}'.</source>
            <translation>Period {period}. Counts below {n} are shown as '&lt; {n}'.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="226" />
            <source>Niets in deze periode.</source>
            <translation>Nothing in this period.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="235" />
            <source>Contactmomenten per maand</source>
            <translation>Contacts per month</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="236" />
            <source>Contactmomenten per soort</source>
            <translation>Contacts by kind</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="237" />
            <source>Tijd</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="238" />
            <source>Nieuwe hulpvragen per thema</source>
            <translation>New help requests by theme</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="239" />
            <source>Nieuwe hulpvragen: hoe staan ze er nu voor</source>
            <translation>New help requests: where they stand now</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="240" />
            <source>Eigen onderwerpen (#tags in notities)</source>
            <translation>Own topics (#tags in notes)</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="241" />
            <source>Doorverwezen naar (sociale kaart)</source>
            <translation>Referred to (social map)</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="242" />
            <source>Vrijwilligers</source>
            <translation>Volunteers</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="243" />
            <source>Signalen</source>
            <translation>Signals</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="248" />
            <source>Inwoners bereikt</source>
            <translation>Residents reached</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="249" />
            <source>Nieuwe inwoners</source>
            <translation>New residents</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="250" />
            <source>Contactmomenten</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="251" />
            <source>Uren (voor zover genoteerd)</source>
            <translation>Hours (where noted)</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="252" />
            <source>Nieuwe hulpvragen</source>
            <translation>New help requests</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="253" />
            <source>Afgeronde hulpvragen</source>
            <translation>Help requests completed</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="254" />
            <source>Doorverwijzingen</source>
            <translation>Referrals</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="255" />
            <source>Koppelingen met vrijwilligers</source>
            <translation>Matches with volunteers</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="256" />
            <source>Vrijwilligers ingezet</source>
            <translation>Volunteers involved</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="261" />
            <source>opgemerkt</source>
            <translation>noticed</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="262" />
            <source>besproken met klankbordgroep</source>
            <translation>discussed with the sounding board</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="263" />
            <source>initiatief gestart</source>
            <translation>initiative started</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="264" />
            <source>afgesloten</source>
            <translation>closed</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="271" />
            <source>bezoek</source>
            <translation>visit</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="272" />
            <source>telefoon</source>
            <translation>phone</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="273" />
            <source>overleg</source>
            <translation>meeting</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="274" />
            <source>bericht</source>
            <translation>message</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="275" />
            <source>anders</source>
            <translation>other</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="276" />
            <source>niet ingevuld</source>
            <translation>not filled in</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="281" />
            <source>nieuw</source>
            <translation>new</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="282" />
            <source>loopt</source>
            <translation>running</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="283" />
            <source>afgerond</source>
            <translation>done</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="297" />
            <source>Genoteerde tijd bij contactmomenten: {h} uur en {m} minuten.</source>
            <translation>Time noted with contacts: {h} hours and {m} minutes.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="303" />
            <source>Vrijwilligers die nu actief zijn: {n}.</source>
            <translation>Volunteers active now: {n}.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="306" />
            <source>Vrijwilligers ingezet in deze periode: {n}.</source>
            <translation>Volunteers involved in this period: {n}.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="309" />
            <source>Koppelingen tussen inwoner en vrijwilliger: {n}.</source>
            <translation>Matches between resident and volunteer: {n}.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="314" />
            <source>Zonder thema</source>
            <translation>No theme</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="322" />
            <source>Kerncijfers</source>
            <translation>Key figures</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="328" />
            <source>Deze periode</source>
            <translation>This period</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="328" />
            <source>Periode ervoor</source>
            <translation>Period before</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="328" />
            <source>Verschil</source>
            <translation>Difference</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="351" />
            <source>Verhalen</source>
            <translation>Stories</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="356" />
            <source>Geen verhalen gekozen voor deze periode. Schrijf ze bij Signalen.</source>
            <translation>No stories chosen for this period. Write them under Signals.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="374" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="375" />
            <source>Webpagina (*.html)</source>
            <translation>Web page (*.html)</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="376" />
            <source>Tekst (*.md)</source>
            <translation>Text (*.md)</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="380" />
            <source>Verantwoording opslaan</source>
            <translation>Save the account</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="386" />
            <source>Bezig met opslaan…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/report.py" line="389" />
            <source>Opgeslagen: {path}</source>
            <translation>Saved: {path}</translation>
        </message>
    </context>
    <context>
        <name>SignalsScreen</name>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="67" />
            <source>Signalen en verhalen</source>
            <translation>Signals and stories</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="69" />
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="102" />
            <source>Signalen</source>
            <translation>Signals</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="70" />
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="240" />
            <source>Verhalen</source>
            <translation>Stories</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="79" />
            <source>Opgemerkt</source>
            <translation>Noticed</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="80" />
            <source>Besproken met klankbordgroep</source>
            <translation>Discussed with the sounding board</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="81" />
            <source>Initiatief gestart</source>
            <translation>Initiative started</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="82" />
            <source>Afgesloten</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="95" />
            <source>Wat valt u op in het dorp dat meer mensen raakt? Noteer het zonder namen; de klankbordgroep krijgt een overzicht.</source>
            <translation>What do you notice in the village that affects more people? Write it down without names; the sounding board gets an overview.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="109" />
            <source>Nieuw signaal</source>
            <translation>New signal</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="111" />
            <source>Overzicht voor klankbordgroep…</source>
            <translation>Overview for the sounding board…</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="121" />
            <source>bijvoorbeeld: drie keer gehoord deze maand</source>
            <translation>for example: heard three times this month</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="125" />
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="130" />
            <source>Opgemerkt op</source>
            <translation>Noticed on</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="126" />
            <source>Thema</source>
            <translation>Theme</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="127" />
            <source>Wat valt op</source>
            <translation>What you notice</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="128" />
            <source>Hoe vaak</source>
            <translation>How often</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="129" />
            <source>Stand van zaken</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="137" />
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="270" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="139" />
            <source>Volgende stap</source>
            <translation>Next step</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="141" />
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="272" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="182" />
            <source>Schrijf eerst op wat u opvalt.</source>
            <translation>First write down what you notice.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="207" />
            <source>Dit signaal verwijderen?</source>
            <translation>Delete this signal?</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="215" />
            <source>Overzicht voor klankbordgroep</source>
            <translation>Overview for the sounding board</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="215" />
            <source>Tekst (*.md)</source>
            <translation>Text (*.md)</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="221" />
            <source>Opgeslagen: {path}</source>
            <translation>Saved: {path}</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="233" />
            <source>Verhalen laten zien wat uw werk betekent. Schrijf ze zonder namen; aangevinkte verhalen komen in de verantwoording.</source>
            <translation>Stories show what your work means. Write them without names; ticked stories go into the account.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="246" />
            <source>Nieuw verhaal</source>
            <translation>New story</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="253" />
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="257" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="254" />
            <source>In de verantwoording</source>
            <translation>In the account</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="256" />
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="261" />
            <source>Het verhaal</source>
            <translation>The story</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="309" />
            <source>Geef het verhaal een titel.</source>
            <translation>Give the story a title.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="322" />
            <source>Dit verhaal verwijderen?</source>
            <translation>Delete this story?</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="346" />
            <source>Let op: hier staat de naam van een inwoner uit uw boek ({names}). Maak het verhaal anoniem, bijvoorbeeld met 'een oudere inwoner'.</source>
            <translation>Note: this contains the name of a resident in your book ({names}). Make the story anonymous, for example with 'an older resident'.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/signals.py" line="373" />
            <source> (niet in verslag)</source>
            <translation> (not in the account)</translation>
        </message>
    </context>
    <context>
        <name>IntroBox</name>
        <message>
            <source>Uw inleiding (bovenaan de verantwoording)</source>
            <translation>Your introduction (at the top of the annual account)</translation>
        </message>
        <message>
            <source>Uw naam komt hier te staan zodra u hem hebt ingevuld bij Overdracht maken.</source>
            <translation>Your name appears here once you have filled it in at Make a handover.</translation>
        </message>
        <message>
            <source>Uw inleiding</source>
            <translation>Your introduction</translation>
        </message>
        <message>
            <source>Een paar zinnen van uzelf: wat dit jaar opviel, wat u wilt meegeven.</source>
            <translation>A few sentences of your own: what stood out this year, what you want to pass on.</translation>
        </message>
        <message>
            <source>Inleiding opslaan</source>
            <translation>Save the introduction</translation>
        </message>
        <message>
            <source>Opgeslagen voor {year}.</source>
            <translation>Saved for {year}.</translation>
        </message>
    </context>
</TS>