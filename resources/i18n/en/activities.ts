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
</TS>