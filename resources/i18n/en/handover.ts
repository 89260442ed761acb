<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="nl_NL">
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/export_wizard.py" line="42" />
            <source>Overdracht maken</source>
            <translation>Make a handover</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/export_wizard.py" line="49" />
            <source>Even geduld</source>
            <translation>Please wait</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/export_wizard.py" line="50" />
            <source>Terug</source>
            <translation>Back</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/export_wizard.py" line="51" />
            <location filename="../../../src/dorpsboek/ui/handover/export_wizard.py" line="52" />
            <location filename="../../../src/dorpsboek/ui/handover/export_wizard.py" line="161" />
            <source>Verder</source>
            <translation>Next</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/export_wizard.py" line="72" />
            <source>Wat geeft u mee?</source>
            <translation>What do you hand over?</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/export_wizard.py" line="73" />
            <source>Alles uit het boek</source>
            <translation>Everything in the book</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/export_wizard.py" line="74" />
            <source>Alleen wat nu loopt</source>
            <translation>Only what is running now</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/export_wizard.py" line="79" />
            <source>Actieve inwoners met hun notities, open hulpvragen en herinneringen, de hele sociale kaart en alle vrijwilligers.</source>
            <translation>Active residents with their notes, open help requests and reminders, the whole social map and all volunteers.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/export_wizard.py" line="87" />
            <source>Ik verwacht terug te zijn op:</source>
            <translation>I expect to be back on:</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/export_wizard.py" line="91" />
            <source>Verwachte terugkeer</source>
            <translation>Expected return</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/export_wizard.py" line="99" />
            <source>Lees dit eerst (uw eigen woorden voor uw collega):</source>
            <translation>Read this first (your own words for your colleague):</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/export_wizard.py" line="101" />
            <source>Lees dit eerst</source>
            <translation>Read this first</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/export_wizard.py" line="108" />
            <location filename="../../../src/dorpsboek/ui/handover/export_wizard.py" line="113" />
            <source>De overdrachtsbrief</source>
            <translation>The handover letter</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/export_wizard.py" line="110" />
            <source>Dorpsboek heeft de brief voor u opgesteld. U kunt alles aanpassen.</source>
            <translation>Dorpsboek has drafted the letter for you. You can change everything.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/export_wizard.py" line="120" />
            <location filename="../../../src/dorpsboek/ui/handover/export_wizard.py" line="130" />
            <source>Wachtwoord van het pakket</source>
            <translation>Passphrase of the package</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/export_wizard.py" line="124" />
            <source>Het pakket krijgt een eigen wachtwoord. Dit voorstel is sterk en makkelijk over te typen. U mag ook zelf een wachtwoord kiezen.</source>
            <translation>The package gets its own passphrase. This suggestion is strong and easy to type. You may also choose one yourself.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/export_wizard.py" line="132" />
            <source>Ander voorstel</source>
            <translation>Another suggestion</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/export_wizard.py" line="140" />
            <source>Zet het wachtwoord ook op de sleutelbrief</source>
            <translation>Also put the passphrase on the key letter</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/export_wizard.py" line="145" />
            <source>Geef het wachtwoord liever apart door, bijvoorbeeld door de telefoon. Daarna kiest u waar het pakket en de sleutelbrief komen.</source>
            <translation>Better pass the passphrase on separately, for example by phone. Next you choose where the package and the key letter go.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/export_wizard.py" line="52" />
            <location filename="../../../src/dorpsboek/ui/handover/export_wizard.py" line="161" />
            <source>Pakket maken</source>
            <translation>Make package</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/export_wizard.py" line="189" />
            <source>Sterk genoeg voor een pakket.</source>
            <translation>Strong enough for a package.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/export_wizard.py" line="191" />
            <source>Te kort.</source>
            <translation>Too short.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/export_wizard.py" line="193" />
            <source>Te zwak voor een pakket: maak het langer.</source>
            <translation>Too weak for a package: make it longer.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/export_wizard.py" line="200" />
            <source>Kies een sterker wachtwoord voor het pakket.</source>
            <translation>Choose a stronger passphrase for the package.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/export_wizard.py" line="203" />
            <source>Pakket opslaan</source>
            <translation>Save package</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/export_wizard.py" line="203" />
            <source>Dorpsboek-pakket (*.dorpsboek)</source>
            <translation>Dorpsboek package (*.dorpsboek)</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/export_wizard.py" line="232" />
            <source>Sleutelbrief opslaan</source>
            <translation>Save key letter</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/export_wizard.py" line="232" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/export_wizard.py" line="246" />
            <source>Het pakket is klaar: {path}. Geef het pakket en de sleutelbrief aan uw collega.</source>
            <translation>The package is ready: {path}. Give the package and the key letter to your colleague.</translation>
        </message>
        <message>
            <source>Van wie komt het pakket?</source>
            <translation>Who is the package from?</translation>
        </message>
        <message>
            <source>Uw naam:</source>
            <translation>Your name:</translation>
        </message>
        <message>
            <source>Uw naam</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>Bijvoorbeeld: Anna de Vries</source>
            <translation>For example: Anna de Vries</translation>
        </message>
        <message>
            <source>Uw collega ziet deze naam bovenaan het boek en op de sleutelbrief. Dorpsboek onthoudt hem ook voor het noodpakket.</source>
            <translation>Your colleague sees this name at the top of the book and on the key letter. Dorpsboek also remembers it for the emergency kit.</translation>
        </message>
        <message>
            <source>Vul uw naam in; uw collega ziet van wie het komt.</source>
            <translation>Fill in your name; your colleague sees who it is from.</translation>
        </message>
        <message>
            <source>Alleen de belrondes, voor een vrijwilliger die invalt</source>
            <translation>Only the call rounds, for a volunteer standing in</translation>
        </message>
        <message>
            <source>Wie er tot de terugkeerdatum gebeld of bezocht moet worden: naam, telefoon, adres, wat en wanneer. Geen notities, geen hulpvragen, geen sociale kaart.</source>
            <translation>Who is to be called or visited until the return date: name, phone, address, what and when. No notes, no help requests, no social map.</translation>
        </message>
    </context>
    <context>
        <name>Handover</name>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="10" />
            <source>Inwoner</source>
            <translation>Resident</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="11" />
            <source>Notitie</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="12" />
            <source>Hulpvraag</source>
            <translation>Help request</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="13" />
            <source>Herinnering</source>
            <translation>Reminder</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="14" />
            <source>Sociale kaart</source>
            <translation>Social map</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="15" />
            <source>Contactpersoon</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="16" />
            <source>Vrijwilliger</source>
            <translation>Volunteer</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="17" />
            <source>Signaal</source>
            <translation>Signal</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="18" />
            <source>Verhaal</source>
            <translation>Story</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="19" />
            <source>Koppeling</source>
            <translation>Link</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="20" />
            <source>Relatie</source>
            <translation>Relation</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="27" />
            <source>{n} inwoners</source>
            <translation>{n} residents</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="28" />
            <source>{n} notities</source>
            <translation>{n} notes</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="29" />
            <source>{n} hulpvragen</source>
            <translation>{n} help requests</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="30" />
            <source>{n} herinneringen</source>
            <translation>{n} reminders</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="31" />
            <source>{n} adressen op de sociale kaart</source>
            <translation>{n} entries on the social map</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="32" />
            <source>{n} vrijwilligers</source>
            <translation>{n} volunteers</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="33" />
            <source>{n} signalen</source>
            <translation>{n} signals</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="34" />
            <source>{n} verhalen</source>
            <translation>{n} stories</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="42" />
            <source>naam</source>
            <translation>name</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="43" />
            <source>adres</source>
            <translation>address</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="44" />
            <source>telefoon</source>
            <translation>phone</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="45" />
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="46" />
            <source>bereikbaar</source>
            <translation>how to reach</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="47" />
            <source>stand</source>
            <translation>status</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="48" />
            <source>opmerkingen</source>
            <translation>remarks</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="49" />
            <source>tekst</source>
            <translation>text</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="50" />
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="51" />
            <source>datum</source>
            <translation>date</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="52" />
            <source>soort</source>
            <translation>kind</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="53" />
            <source>minuten</source>
            <translation>minutes</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="54" />
            <source>vraag</source>
            <translation>question</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="55" />
            <source>thema's</source>
            <translation>themes</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="56" />
            <source>klaar</source>
            <translation>done</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="57" />
            <source>omschrijving</source>
            <translation>description</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="58" />
            <source>kan en wil</source>
            <translation>can and likes to do</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="59" />
            <source>beschikbaar</source>
            <translation>available</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="60" />
            <source>grenzen</source>
            <translation>limits</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="61" />
            <source>geregeld contact</source>
            <translation>regular contact</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/labels.py" line="62" />
            <source>verwijderd</source>
            <translation>deleted</translation>
        </message>
    </context>
    <context>
        <name>HandoverScreen</name>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="1" />
            <source>Noodpakket testen…</source>
            <translation>Test emergency kit…</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="1" />
            <source>Test met de sleutel van het noodblad of het noodpakket nog opent.</source>
            <translation>Test with the key from the emergency sheet whether the emergency bundle still opens.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="1" />
            <source>Bezig met testen…</source>
            <translation>Testing…</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="1" />
            <source>Typ de sleutel van het noodblad (AGE-SECRET-KEY-1…):</source>
            <translation>Type the key from the emergency sheet (AGE-SECRET-KEY-1…):</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="1" />
            <source>Noodpakket testen</source>
            <translation>Test emergency kit</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="1" />
            <source>De woorden van vertrouwenspersoon {n}:</source>
            <translation>The words of trustee {n}:</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="1" />
            <source>Getest: het noodpakket opent met deze sleutel en is compleet ({persons} inwoners, {notes} notities). De proefkopie is gewist. Schrijf de datum van vandaag op het noodblad.</source>
            <translation>Tested: the emergency bundle opens with this key and is complete ({persons} residents, {notes} notes). The trial copy was erased. Write today's date on the emergency sheet.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="1" />
            <source>Het boek is sindsdien veranderd; Dorpsboek werkt het pakket bij als u het boek sluit, of nu met Nu bijwerken.</source>
            <translation>The book has changed since; Dorpsboek refreshes the bundle when you close the book, or now with Refresh now.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="1" />
            <source>Deze sleutel opent het noodpakket niet. Kijk de tekens op het noodblad na; er is niets veranderd.</source>
            <translation>This key does not open the emergency bundle. Check the characters on the emergency sheet; nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="1" />
            <source>Het noodpakket is beschadigd of onvolledig. Werk het bij met Nu bijwerken en test daarna opnieuw.</source>
            <translation>The emergency bundle is damaged or incomplete. Refresh it with Refresh now and then test again.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="1" />
            <source>Er staat geen noodpakket in de map. Is de USB-stick aangesloten?</source>
            <translation>There is no emergency bundle in the folder. Is the USB stick plugged in?</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="1" />
            <source>Nog nooit getest met de sleutel van het noodblad.</source>
            <translation>Never tested with the key from the emergency sheet.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="1" />
            <source>Laatst getest op {date}.</source>
            <translation>Last tested on {date}.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="1" />
            <source>Dat is meer dan drie maanden geleden: test het opnieuw.</source>
            <translation>That is more than three months ago: test it again.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="36" />
            <source>Overdracht</source>
            <translation>Handover</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="48" />
            <source>Waarneming</source>
            <translation>Standing in</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="55" />
            <source>Overdracht teruggeven...</source>
            <translation>Hand back...</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="63" />
            <source>Terugpakket opslaan</source>
            <translation>Save return package</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="63" />
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="111" />
            <source>Dorpsboek-pakket (*.dorpsboek)</source>
            <translation>Dorpsboek package (*.dorpsboek)</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="72" />
            <source>Het terugpakket staat in {path}. Geef het terug; alleen het boek van uw collega kan het openen.</source>
            <translation>The return package is in {path}. Hand it back; only your colleague's book can open it.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="82" />
            <source>Werk overdragen</source>
            <translation>Hand over the work</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="87" />
            <source>Maak een versleuteld pakket voor een collega die uw werk tijdelijk overneemt. Als u terug bent, verwerkt u hier haar terugpakket.</source>
            <translation>Make an encrypted package for a colleague who takes over your work for a while. When you are back, you merge her return package here.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="94" />
            <source>Overdracht maken...</source>
            <translation>Make a handover...</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="96" />
            <source>Terugpakket verwerken...</source>
            <translation>Merge a return package...</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="111" />
            <source>Terugpakket kiezen</source>
            <translation>Choose return package</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="133" />
            <source>Dit terugpakket hoort niet bij een overdracht uit dit boek.</source>
            <translation>This return package does not belong to a handover from this book.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="135" />
            <source>Dit terugpakket is ouder dan een terugpakket dat al verwerkt is.</source>
            <translation>This return package is older than one already merged.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="137" />
            <source>Dit terugpakket is beschadigd of veranderd; er is niets gewijzigd.</source>
            <translation>This return package is damaged or changed; nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="143" />
            <source>Noodpakket</source>
            <translation>Emergency package</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="148" />
            <source>Als u plotseling wegvalt, kan een vervanger met het noodpakket verder. Dorpsboek werkt het pakket zelf bij, elke dag als u het boek sluit, in een map die u kiest (bijvoorbeeld een USB-stick).</source>
            <translation>If you are suddenly away, a replacement can carry on with the emergency package. Dorpsboek refreshes it by itself, daily when you close the book, in a folder you choose (a USB stick, for example).</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="160" />
            <source>Aantal vertrouwenspersonen</source>
            <translation>Number of trustees</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="161" />
            <source>niet verdelen: één noodblad</source>
            <translation>do not split: one emergency sheet</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="165" />
            <source>Zoveel samen kunnen het openen</source>
            <translation>This many together can open it</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="166" />
            <source>Sleutel verdelen over:</source>
            <translation>Split the key over:</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="167" />
            <source>Zoveel samen kunnen openen:</source>
            <translation>This many together can open:</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="170" />
            <source>Noodpakket instellen...</source>
            <translation>Set up emergency package...</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="172" />
            <source>Map kiezen...</source>
            <translation>Choose folder...</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="174" />
            <source>Nu bijwerken</source>
            <translation>Refresh now</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="186" />
            <source>Map voor het noodpakket</source>
            <translation>Folder for the emergency package</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="195" />
            <source>Er is al een noodpakket. Met een nieuwe sleutel werkt het oude noodblad niet meer voor nieuwe pakketten. Doorgaan?</source>
            <translation>There is already an emergency package. With a new key, the old emergency sheet no longer opens new packages. Continue?</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="200" />
            <source>Noodblad opslaan</source>
            <translation>Save emergency sheet</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="200" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="221" />
            <source>Het noodblad staat in {path}. Druk het af, stop het in een dichte envelop en wis daarna het bestand.</source>
            <translation>The emergency sheet is in {path}. Print it, seal it in an envelope and then delete the file.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="250" />
            <source>Waarneming voor {name} sinds {date}.</source>
            <translation>Standing in for {name} since {date}.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="254" />
            <source>Verwachte terugkeer: {date}.</source>
            <translation>Expected return: {date}.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="267" />
            <source>Er is nog geen noodpakket.</source>
            <translation>There is no emergency package yet.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="270" />
            <source>(nog geen map gekozen)</source>
            <translation>(no folder chosen yet)</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="273" />
            <source>Het noodpakket is nog niet gemaakt. Map: {folder}</source>
            <translation>The emergency package has not been made yet. Folder: {folder}</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="277" />
            <source>Laatst bijgewerkt: {date} ({days}). Map: {folder}</source>
            <translation>Last refreshed: {date} ({days}). Folder: {folder}</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="285" />
            <source>Het bijwerken ging de laatste keer mis: is de USB-stick aangesloten en is er ruimte? Het vorige noodpakket is bewaard.</source>
            <translation>The last refresh failed: is the USB stick plugged in and is there room? The previous emergency package was kept.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="293" />
            <source>vandaag</source>
            <translation>today</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="295" />
            <source>1 dag geleden</source>
            <translation>1 day ago</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="296" />
            <source>{n} dagen geleden</source>
            <translation>{n} days ago</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/screens/handover.py" line="302" />
            <source>De map voor het noodpakket is er niet of is niet beschrijfbaar.</source>
            <translation>The folder for the emergency package is missing or not writable.</translation>
        </message>
        <message>
            <source>Uw naam, voor op het noodblad en het noodpakket:</source>
            <translation>Your name, for the emergency sheet and the emergency bundle:</translation>
        </message>
        <message>
            <source>Uw naam</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>Vul uw naam in; zonder naam maakt Dorpsboek geen noodblad.</source>
            <translation>Fill in your name; without a name Dorpsboek makes no emergency sheet.</translation>
        </message>
        <message>
            <source>Waarneming afsluiten en dit boek wissen...</source>
            <translation>End the takeover and erase this book...</translation>
        </message>
        <message>
            <source>Er is iets veranderd na het laatste terugpakket; er is niets gewist. Maak eerst een nieuw terugpakket.</source>
            <translation>Something changed after the last return package; nothing was erased. Make a new return package first.</translation>
        </message>
        <message>
            <source>Maak eerst het terugpakket; er is niets gewist.</source>
            <translation>Make the return package first; nothing was erased.</translation>
        </message>
        <message>
            <source>Dit boek is niet uit een overdrachtspakket geopend; er is niets gewist.</source>
            <translation>This book was not opened from a handover package; nothing was erased.</translation>
        </message>
        <message>
            <source>Klaar met waarnemen? Maak eerst het terugpakket. Daarna kunt u hier de waarneming afsluiten en dit boek wissen.</source>
            <translation>Done standing in? Make the return package first. Then you can end the takeover here and erase this book.</translation>
        </message>
        <message>
            <source>Laatste terugpakket: {when}. Daarna heeft u nog iets veranderd; maak eerst een nieuw terugpakket.</source>
            <translation>Last return package: {when}. You changed something since; make a new return package first.</translation>
        </message>
        <message>
            <source>Laatste terugpakket: {when}. Heeft {owner} het verwerkt? Dan kunt u de waarneming afsluiten en dit boek wissen.</source>
            <translation>Last return package: {when}. Has {owner} merged it? Then you can end the takeover and erase this book.</translation>
        </message>
        <message>
            <source>Dorpsboek kan niet schrijven in {folder}; de vorige map blijft ingesteld.</source>
            <translation>Dorpsboek cannot write in {folder}; the previous folder stays set.</translation>
        </message>
        <message>
            <source>Kies eerst Noodpakket instellen.</source>
            <translation>First choose Set up the emergency bundle.</translation>
        </message>
        <message>
            <source>Het noodpakket nu bijwerken in de gekozen map.</source>
            <translation>Update the emergency bundle in the chosen folder now.</translation>
        </message>
        <message>
            <source>Kies de map (bijvoorbeeld een USB-stick) voor het noodpakket.</source>
            <translation>Choose the folder (for example a USB stick) for the emergency bundle.</translation>
        </message>
        <message>
            <source>Kies eerst een map voor het noodpakket.</source>
            <translation>First choose a folder for the emergency bundle.</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/merge_dialog.py" line="60" />
            <source>Terugpakket verwerken</source>
            <translation>Merge return package</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/merge_dialog.py" line="63" />
            <source>Terugpakket van {by}</source>
            <translation>Return package from {by}</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/merge_dialog.py" line="68" />
            <source>Deze gegevens zijn bij u én bij uw collega veranderd. Er is niets overschreven. Kies per gegeven welke versie blijft.</source>
            <translation>These records were changed by you and by your colleague. Nothing was overwritten. Choose for each which version stays.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/merge_dialog.py" line="77" />
            <source>Gegeven</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/merge_dialog.py" line="78" />
            <source>Uw versie</source>
            <translation>Your version</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/merge_dialog.py" line="79" />
            <source>Versie van uw collega</source>
            <translation>Your colleague's version</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/merge_dialog.py" line="80" />
            <source>Keuze</source>
            <translation>Choice</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/merge_dialog.py" line="87" />
            <source>Uw collega heeft deze gegevens verwijderd. Vink aan wat weg mag:</source>
            <translation>Your colleague deleted these records. Tick what may go:</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/merge_dialog.py" line="95" />
            <source>Keuzes toepassen</source>
            <translation>Apply choices</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/merge_dialog.py" line="97" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/merge_dialog.py" line="108" />
            <source>Toegevoegd: {n}.</source>
            <translation>Added: {n}.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/merge_dialog.py" line="109" />
            <source>Overgenomen: {n}.</source>
            <translation>Taken over: {n}.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/merge_dialog.py" line="110" />
            <source>Verwijderd: {n}.</source>
            <translation>Deleted: {n}.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/merge_dialog.py" line="114" />
            <source>Niet teruggezet, want gewist: {n}.</source>
            <translation>Not brought back, because erased: {n}.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/merge_dialog.py" line="117" />
            <source>Ook hier gewist: {n} inwoners.</source>
            <translation>Erased here too: {n} residents.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/merge_dialog.py" line="119" />
            <source>Er hoeft niets meer beslist te worden.</source>
            <translation>Nothing is left to decide.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/merge_dialog.py" line="139" />
            <location filename="../../../src/dorpsboek/ui/handover/merge_dialog.py" line="140" />
            <source>bewaard</source>
            <translation>kept</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/merge_dialog.py" line="139" />
            <location filename="../../../src/dorpsboek/ui/handover/merge_dialog.py" line="140" />
            <source>verwijderd</source>
            <translation>deleted</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/merge_dialog.py" line="148" />
            <source>Later beslissen</source>
            <translation>Decide later</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/merge_dialog.py" line="149" />
            <source>Mijn versie houden</source>
            <translation>Keep my version</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/merge_dialog.py" line="150" />
            <source>Versie van collega nemen</source>
            <translation>Take my colleague's version</translation>
        </message>
        <message>
            <source>Alles is verwerkt. Vraag uw collega nu om haar kopie te wissen: in haar boek, bij Overdracht, kiest zij "Waarneming afsluiten en dit boek wissen". Dan verdwijnen haar boek, de reservekopieën en het pakket van haar laptop.</source>
            <translation>Everything is merged. Now ask your colleague to erase her copy: in her book, under Handover, she chooses "End the takeover and erase this book". Her book, its backups and the package then disappear from her laptop.</translation>
        </message>
        <message>
            <source>Het terugpakket {name} is nu verwerkt en niet meer nodig. Wilt u het bestand wissen?</source>
            <translation>The return package {name} is merged now and no longer needed. Do you want to erase the file?</translation>
        </message>
        <message>
            <source>Terugpakket wissen</source>
            <translation>Erase return package</translation>
        </message>
        <message>
            <source>Het terugpakket kon niet worden gewist: {path}</source>
            <translation>The return package could not be erased: {path}</translation>
        </message>
        <message>
            <source>Uw eigen versie gehouden: {n}.</source>
            <translation>Your own version kept: {n}.</translation>
        </message>
    </context>
    <context>
        <name>OpenHandoverDialog</name>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="46" />
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="69" />
            <source>Overdracht openen</source>
            <translation>Open a handover</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="58" />
            <source>Even geduld</source>
            <translation>Please wait</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="73" />
            <source>Kies het pakket dat u van uw collega kreeg (of het noodpakket). Dorpsboek maakt er een nieuw boek van, met uw eigen wachtwoord.</source>
            <translation>Choose the package you got from your colleague (or the emergency package). Dorpsboek makes a new book from it, with your own passphrase.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="79" />
            <source>Pakket kiezen...</source>
            <translation>Choose package...</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="87" />
            <source>Pakket kiezen</source>
            <translation>Choose package</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="87" />
            <source>Dorpsboek-pakketten (*.dorpsboek *.age)</source>
            <translation>Dorpsboek packages (*.dorpsboek *.age)</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="116" />
            <source>Het pakket openen</source>
            <translation>Open the package</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="119" />
            <source>Wachtwoord van het pakket:</source>
            <translation>Passphrase of the package:</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="120" />
            <source>Wachtwoord van het pakket</source>
            <translation>Passphrase of the package</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="122" />
            <source>Sleutel van het noodblad (AGE-SECRET-KEY-1...):</source>
            <translation>Key from the emergency sheet (AGE-SECRET-KEY-1...):</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="124" />
            <source>Sleutel van het noodblad</source>
            <translation>Key from the emergency sheet</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="126" />
            <source>Of: de woorden van de vertrouwenspersonen, één deel per regel:</source>
            <translation>Or: the trustees' words, one share per line:</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="129" />
            <source>Woorden van de vertrouwenspersonen</source>
            <translation>The trustees' words</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="137" />
            <source>Terug</source>
            <translation>Back</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="139" />
            <source>Openen</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="165" />
            <source>Van {by}, gemaakt op {date}.</source>
            <translation>From {by}, made on {date}.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="168" />
            <source>Het pakket bevat: {counts}.</source>
            <translation>The package holds: {counts}.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="170" />
            <source>Verwachte terugkeer: {date}.</source>
            <translation>Expected return: {date}.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="183" />
            <source>Wat er in het pakket zit</source>
            <translation>What is in the package</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="188" />
            <source>Uw naam</source>
            <translation>Your name</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="190" />
            <source>Plek van het nieuwe boek</source>
            <translation>Place of the new book</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="191" />
            <source>Uw eigen wachtwoord</source>
            <translation>Your own passphrase</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="192" />
            <source>Nog een keer</source>
            <translation>Once more</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="195" />
            <source>Uw naam:</source>
            <translation>Your name:</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="196" />
            <source>Nieuw boek:</source>
            <translation>New book:</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="197" />
            <source>Uw eigen wachtwoord:</source>
            <translation>Your own passphrase:</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="198" />
            <source>Nog een keer:</source>
            <translation>Once more:</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="201" />
            <source>Boek maken</source>
            <translation>Make book</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="210" />
            <source>Te kort: gebruik minstens 8 tekens.</source>
            <translation>Too short: use at least 8 characters.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="211" />
            <source>Zwak: maak het langer.</source>
            <translation>Weak: make it longer.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="212" />
            <source>Redelijk.</source>
            <translation>Fair.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="213" />
            <source>Sterk.</source>
            <translation>Strong.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="214" />
            <source>Heel sterk.</source>
            <translation>Very strong.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="221" />
            <source>De twee wachtwoorden zijn niet gelijk.</source>
            <translation>The two passphrases are not the same.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="224" />
            <source>Dit wachtwoord is te kort: gebruik minstens 8 tekens.</source>
            <translation>This passphrase is too short: use at least 8 characters.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="250" />
            <source>Lees eerst de overdrachtsbrief</source>
            <translation>Read the handover letter first</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="255" />
            <source>Aan de slag</source>
            <translation>Get started</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="276" />
            <source>Het wachtwoord of de sleutel past niet bij dit pakket.</source>
            <translation>The passphrase or key does not fit this package.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="278" />
            <source>Dit bestand is geen Dorpsboek-pakket.</source>
            <translation>This file is not a Dorpsboek package.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="280" />
            <source>Het pakket is beschadigd of onvolledig. Vraag om een nieuw pakket.</source>
            <translation>The package is damaged or incomplete. Ask for a new package.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="282" />
            <source>Dit pakket is gemaakt met een nieuwere Dorpsboek; werk Dorpsboek bij.</source>
            <translation>This package was made by a newer Dorpsboek; update Dorpsboek.</translation>
        </message>
        <message>
            <location filename="../../../src/dorpsboek/ui/handover/open_window.py" line="284" />
            <source>Vul het wachtwoord, de sleutel of de woorden in.</source>
            <translation>Fill in the passphrase, the key or the words.</translation>
        </message>
        <message>
            <source>Een uitnodiging van {by} voor het team {team}. U maakt er uw eigen boek van, met uw eigen wachtwoord; daarna deelt u wijzigingen onder Overdracht, bij Samenwerken.</source>
            <translation>An invitation from {by} to the team {team}. You make your own book of it, with your own passphrase; then you share changes under Handover, at Working together.</translation>
        </message>
        <message>
            <source>een collega</source>
            <translation>a colleague</translation>
        </message>
        <message>
            <source>Uw boek is klaar en hoort bij het team. Onder **Overdracht**, bij **Samenwerken**, kiest u **Wijzigingen ophalen…** en **Wijzigingen delen…**.</source>
            <translation>Your book is ready and belongs to the team. Under **Handover**, at **Working together**, choose **Fetch changes…** and **Share changes…**.</translation>
        </message>
    </context>
    <context>
        <name>HandoverBanner</name>
        <message>
            <source>Waarneming voor %1 sinds %2</source>
            <translation>Covering for %1 since %2</translation>
        </message>
        <message>
            <source>een collega</source>
            <translation>a colleague</translation>
        </message>
        <message>
            <source> · terug verwacht op %1</source>
            <translation> · expected back on %1</translation>
        </message>
        <message>
            <source> (geopend uit het noodpakket)</source>
            <translation> (opened from the emergency package)</translation>
        </message>
        <message>
            <source>Waarneming</source>
            <translation>Covering</translation>
        </message>
    </context>
    <context>
        <name>EraseCopyDialog</name>
        <message>
            <source>WISSEN</source>
            <translation>ERASE</translation>
        </message>
        <message>
            <source>{date} om {time}</source>
            <translation>{date} at {time}</translation>
        </message>
        <message>
            <source>Waarneming afsluiten</source>
            <translation>End the takeover</translation>
        </message>
        <message>
            <source>Waarneming afsluiten en dit boek wissen</source>
            <translation>End the takeover and erase this book</translation>
        </message>
        <message>
            <source>Bestanden die worden gewist</source>
            <translation>Files that will be erased</translation>
        </message>
        <message>
            <source>Let op: na het laatste terugpakket heeft u nog iets veranderd. Die veranderingen gaan verloren. Maak liever eerst een nieuw terugpakket.</source>
            <translation>Note: you changed something after the last return package. Those changes will be lost. Better make a new return package first.</translation>
        </message>
        <message>
            <source>Ik weet het: wat ik na het laatste terugpakket deed, mag verloren gaan.</source>
            <translation>I know: what I did after the last return package may be lost.</translation>
        </message>
        <message>
            <source>{owner} heeft mijn terugpakket verwerkt.</source>
            <translation>{owner} has merged my return package.</translation>
        </message>
        <message>
            <source>Typ {word} om te bevestigen:</source>
            <translation>Type {word} to confirm:</translation>
        </message>
        <message>
            <source>Bevestiging</source>
            <translation>Confirmation</translation>
        </message>
        <message>
            <source>Boek wissen</source>
            <translation>Erase book</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Het boek is gewist ({n} bestanden). De waarneming is afgesloten. Dank voor het waarnemen!</source>
            <translation>The book was erased ({n} files). The takeover is over. Thank you for standing in!</translation>
        </message>
        <message>
            <source>Het boek is nog open in een ander Dorpsboek-venster; er is niets gewist. Sluit dat venster en probeer het opnieuw.</source>
            <translation>The book is still open in another Dorpsboek window; nothing was erased. Close that window and try again.</translation>
        </message>
        <message>
            <source>Naast het boek staat iets dat geen gewoon bestand is ({path}); er is niets gewist.</source>
            <translation>Next to the book is something that is not an ordinary file ({path}); nothing was erased.</translation>
        </message>
        <message>
            <source>Het boek kon niet (helemaal) worden gewist. Kijk in de map van het boek.</source>
            <translation>The book could not be erased (completely). Look in the book's folder.</translation>
        </message>
        <message>
            <source>U heeft het terugpakket gemaakt op {when}. Als {owner} het heeft verwerkt, is dit boek niet meer nodig. Dorpsboek sluit het boek en wist deze bestanden van deze computer: het boek, de reservekopieën ervan, het noodpakket als u dat in dit boek had ingesteld, en het terugpakket. Dit kan niet ongedaan worden. Staat het overdrachtspakket zelf nog op deze computer? Wis dat dan ook.</source>
            <translation>You made the return package on {when}. Once {owner} has merged it, this book is no longer needed. Dorpsboek closes the book and erases these files from this computer: the book, its backups, the emergency package if you set one up in this book, and the return package. This cannot be undone. Is the handover package itself still on this computer? Then erase it too.</translation>
        </message>
        <message>
            <source>U heeft het terugpakket gemaakt op {when}. Als {owner} het heeft verwerkt, is dit boek niet meer nodig. Dorpsboek sluit het boek en wist deze bestanden van deze computer: het boek, de reservekopieën ervan, het noodpakket als u dat in dit boek had ingesteld, het terugpakket en het overdrachtspakket waaruit u dit boek opende. Dit kan niet ongedaan worden.</source>
            <translation>You made the return package on {when}. Once {owner} has merged it, this book is no longer needed. Dorpsboek closes the book and erases these files from this computer: the book, its backups, the emergency package if you set one up in this book, the return package and the handover package you opened this book from. This cannot be undone.</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Kiezen welke versie blijft</source>
            <translation>Choose which version stays</translation>
        </message>
        <message>
            <source>Deze gegevens zijn bij u én bij {by} veranderd. Er is niets overschreven. Kies per gegeven welke versie blijft; uw keuze gaat mee in uw volgende pakket, zodat de anderen niet opnieuw hoeven te kiezen.</source>
            <translation>These records were changed both by you and by {by}. Nothing was overwritten. Choose per record which version stays; your choice travels in your next package, so the others need not choose again.</translation>
        </message>
        <message>
            <source>uw collega</source>
            <translation>your colleague</translation>
        </message>
        <message>
            <source>Gegeven</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Uw versie</source>
            <translation>Your version</translation>
        </message>
        <message>
            <source>Versie van de ander</source>
            <translation>The other's version</translation>
        </message>
        <message>
            <source>Keuze</source>
            <translation>Choice</translation>
        </message>
        <message>
            <source>Mijn versie houden</source>
            <translation>Keep my version</translation>
        </message>
        <message>
            <source>Versie van de ander nemen</source>
            <translation>Take the other's version</translation>
        </message>
        <message>
            <source>Keuze voor {what}</source>
            <translation>Choice for {what}</translation>
        </message>
        <message>
            <source>Zo verwerken</source>
            <translation>Process like this</translation>
        </message>
        <message>
            <source>Later beslissen</source>
            <translation>Decide later</translation>
        </message>
    </context>
    <context>
        <name>TeamBox</name>
        <message>
            <source>Samenwerken</source>
            <translation>Working together</translation>
        </message>
        <message>
            <source>Leden van het team</source>
            <translation>Team members</translation>
        </message>
        <message>
            <source>Team beginnen…</source>
            <translation>Start a team…</translation>
        </message>
        <message>
            <source>Collega uitnodigen…</source>
            <translation>Invite a colleague…</translation>
        </message>
        <message>
            <source>Wijzigingen delen…</source>
            <translation>Share changes…</translation>
        </message>
        <message>
            <source>Wijzigingen ophalen…</source>
            <translation>Fetch changes…</translation>
        </message>
        <message>
            <source>Werkt u met twee of drie in hetzelfde dorp? Dan houdt ieder een eigen versleuteld boek, en deelt u af en toe de wijzigingen met een USB-stick of een gedeelde map. Zonder server en zonder internet.</source>
            <translation>Do two or three of you work in the same village? Then each keeps her own encrypted book, and now and then you share the changes with a USB stick or a shared folder. No server and no internet.</translation>
        </message>
        <message>
            <source>zonder naam</source>
            <translation>without a name</translation>
        </message>
        <message>
            <source>Team {team}. U bent {me}.</source>
            <translation>Team {team}. You are {me}.</translation>
        </message>
        <message>
            <source>nog niets</source>
            <translation>nothing yet</translation>
        </message>
        <message>
            <source>{name}: laatste pakket opgehaald {when} ({n} gegevens)</source>
            <translation>{name}: last package fetched {when} ({n} records)</translation>
        </message>
        <message>
            <source>collega</source>
            <translation>colleague</translation>
        </message>
        <message>
            <source>Nog geen pakket van een collega opgehaald.</source>
            <translation>No package fetched from a colleague yet.</translation>
        </message>
        <message>
            <source>Hoe heet het team (bijvoorbeeld het dorp)?</source>
            <translation>What is the team called (for example the village)?</translation>
        </message>
        <message>
            <source>Team beginnen</source>
            <translation>Start a team</translation>
        </message>
        <message>
            <source>Uw naam, zoals uw collega's die zien:</source>
            <translation>Your name, as your colleagues see it:</translation>
        </message>
        <message>
            <source>Het team is begonnen.</source>
            <translation>The team has started.</translation>
        </message>
        <message>
            <source>Uitnodiging opslaan</source>
            <translation>Save the invitation</translation>
        </message>
        <message>
            <source>Een wachtwoord voor de uitnodiging (vertel het uw collega apart):</source>
            <translation>A passphrase for the invitation (tell your colleague separately):</translation>
        </message>
        <message>
            <source>Collega uitnodigen</source>
            <translation>Invite a colleague</translation>
        </message>
        <message>
            <source>Nog eens hetzelfde wachtwoord:</source>
            <translation>The same passphrase again:</translation>
        </message>
        <message>
            <source>De twee wachtwoorden zijn niet gelijk; er is niets opgeslagen.</source>
            <translation>The two passphrases are not the same; nothing was saved.</translation>
        </message>
        <message>
            <source>Uitnodiging opgeslagen: {path}</source>
            <translation>Invitation saved: {path}</translation>
        </message>
        <message>
            <source>Wijzigingen opslaan voor het team</source>
            <translation>Save changes for the team</translation>
        </message>
        <message>
            <source>Pakket opgeslagen ({n} gegevens): {path}</source>
            <translation>Package saved ({n} records): {path}</translation>
        </message>
        <message>
            <source>Pakket van een collega kiezen</source>
            <translation>Choose a package from a colleague</translation>
        </message>
        <message>
            <source>Het pakket wordt gelezen…</source>
            <translation>Reading the package…</translation>
        </message>
        <message>
            <source>Er is niets veranderd. Haal het pakket later opnieuw op om te kiezen.</source>
            <translation>Nothing was changed. Fetch the package again later to choose.</translation>
        </message>
        <message>
            <source>De wijzigingen worden verwerkt…</source>
            <translation>Processing the changes…</translation>
        </message>
        <message>
            <source>Opgehaald van {by}: niets nieuws.</source>
            <translation>Fetched from {by}: nothing new.</translation>
        </message>
        <message>
            <source>Opgehaald van {by}: {added} nieuw, {changed} veranderd, {deleted} verwijderd, {resolved} gekozen.</source>
            <translation>Fetched from {by}: {added} new, {changed} changed, {deleted} deleted, {resolved} chosen.</translation>
        </message>
    </context>
</TS>