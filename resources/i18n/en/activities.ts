<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="nl_NL">
    <context>
        <name>AuditView</name>
        <message>
            <source>activiteit</source>
            <translation>activity</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>activiteit</source>
            <translation>activity</translation>
        </message>
        <message>
            <source>activiteiten</source>
            <translation>activities</translation>
        </message>
    </context>
    <context>
        <name>Handover</name>
        <message>
            <source>Activiteit</source>
            <translation>Activity</translation>
        </message>
        <message>
            <source>{n} activiteiten</source>
            <translation>{n} activities</translation>
        </message>
    </context>
    <context>
        <name>ReportScreen</name>
        <message>
            <source>Nieuwe hulpvragen (geopend in de periode)</source>
            <translation>New help requests (opened in the period)</translation>
        </message>
        <message>
            <source>Hulpvragen afgerond in de periode</source>
            <translation>Help requests closed in the period</translation>
        </message>
    </context>
    <context>
        <name>Activities</name>
        <message>
            <source>geen soort</source>
            <translation>no kind</translation>
        </message>
        <message>
            <source>overleg met professionals</source>
            <translation>meeting with professionals</translation>
        </message>
        <message>
            <source>collectief, dorpsinitiatief</source>
            <translation>group work, village initiative</translation>
        </message>
        <message>
            <source>vrijwilligers ondersteunen</source>
            <translation>supporting volunteers</translation>
        </message>
        <message>
            <source>netwerk</source>
            <translation>network</translation>
        </message>
        <message>
            <source>Kern</source>
            <translation>Village</translation>
        </message>
        <message>
            <source>geen kern</source>
            <translation>no village</translation>
        </message>
    </context>
    <context>
        <name>QuickNoteDialog</name>
        <message>
            <source>&amp;Activiteit: niet over één inwoner (overleg, groep, vrijwilligers)</source>
            <translation>&amp;Activity: not about one resident (meeting, group, volunteers)</translation>
        </message>
        <message>
            <source>Wie meedeed zet u met @naam in de tekst: inwoners, vrijwilligers, sociale kaart.</source>
            <translation>Put whoever took part in the text with @name: residents, volunteers, sociale kaart.</translation>
        </message>
        <message>
            <source>Wat was het, en wie deed mee? Zet @naam voor inwoners, vrijwilligers en de sociale kaart, #woord voor uw eigen indeling.</source>
            <translation>What was it, and who took part? Use @name for residents, volunteers and the sociale kaart, #word for your own categories.</translation>
        </message>
    </context>
    <context>
        <name>ReportTime</name>
        <message>
            <source>Tijd</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Tijd per maand</source>
            <translation>Time per month</translation>
        </message>
        <message>
            <source>Tijd per soort werk</source>
            <translation>Time per kind of work</translation>
        </message>
        <message>
            <source>Tijd per eigen onderwerp (#tag)</source>
            <translation>Time per own topic (#tag)</translation>
        </message>
        <message>
            <source>Tijd per kern</source>
            <translation>Time per village</translation>
        </message>
        <message>
            <source>Inwoners bereikt per kern</source>
            <translation>Residents reached per village</translation>
        </message>
        <message>
            <source>Wat kwam er uit de afgeronde hulpvragen</source>
            <translation>What came of the closed help requests</translation>
        </message>
        <message>
            <source>Genoteerde tijd: {total}, waarvan {without} aan werk zonder inwoner (overleg, groepen, vrijwilligers, netwerk).</source>
            <translation>Time written down: {total}, of which {without} on work without a resident (meetings, groups, volunteers, network).</translation>
        </message>
        <message>
            <source>Activiteiten (niet over één inwoner): {n}.</source>
            <translation>Activities (not about one resident): {n}.</translation>
        </message>
        <message>
            <source>Niet bij elk contact wordt de tijd genoteerd.</source>
            <translation>Time is not written down for every contact.</translation>
        </message>
        <message>
            <source>Contracturen in deze periode: {h}.</source>
            <translation>Contracted hours in this period: {h}.</translation>
        </message>
        <message>
            <source>Dit zijn de hulpvragen die in deze periode zijn afgerond ({n}), elk met wat eruit kwam.</source>
            <translation>These are the help requests closed in this period ({n}), each with what came of it.</translation>
        </message>
    </context>
    <context>
        <name>WorkSettings</name>
        <message>
            <source>Mijn werk (in dit boek)</source>
            <translation>My work (in this book)</translation>
        </message>
        <message>
            <source>Eén kern per regel. Leeg laten als u voor één dorp werkt.</source>
            <translation>One village per line. Leave empty if you work for one village.</translation>
        </message>
        <message>
            <source>Kernen, één per regel</source>
            <translation>Villages, one per line</translation>
        </message>
        <message>
            <source>Kernen (dorpen):</source>
            <translation>Villages (kernen):</translation>
        </message>
        <message>
            <source>niet ingevuld</source>
            <translation>not filled in</translation>
        </message>
        <message>
            <source> uur per week</source>
            <translation> hours a week</translation>
        </message>
        <message>
            <source>Contracturen per week</source>
            <translation>Contracted hours per week</translation>
        </message>
        <message>
            <source>Contracturen:</source>
            <translation>Contracted hours:</translation>
        </message>
    </context>
    <context>
        <name>HelpOutcome</name>
        <message>
            <source>niet ingevuld</source>
            <translation>not filled in</translation>
        </message>
        <message>
            <source>zelf opgelost</source>
            <translation>solved by themselves</translation>
        </message>
        <message>
            <source>vrijwilliger gevonden</source>
            <translation>volunteer found</translation>
        </message>
        <message>
            <source>doorverwezen</source>
            <translation>referred</translation>
        </message>
        <message>
            <source>buiten mijn taak</source>
            <translation>outside my role</translation>
        </message>
        <message>
            <source>niet meer nodig</source>
            <translation>no longer needed</translation>
        </message>
        <message>
            <source>Wat kwam eruit? Alleen als u dat wilt.</source>
            <translation>What came of it? Only if you want to say.</translation>
        </message>
    </context>
    <context>
        <name>HelpRequestsScreen</name>
        <message>
            <source>&amp;Uitkomst</source>
            <translation>&amp;Outcome</translation>
        </message>
    </context>
</TS>