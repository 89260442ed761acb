<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="nl_NL">
<context>
    <name>HelpWindow</name>
    <message>
        <source>Dorpsboek: handleiding</source>
        <translation>Dorpsboek: manual</translation>
    </message>
    <message>
        <source>Handleiding</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>De handleiding is niet gevonden.</source>
        <translation>The manual was not found.</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
</TS>