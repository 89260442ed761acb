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
</TS>