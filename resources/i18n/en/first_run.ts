<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="nl_NL">
<context>
    <name>FirstRunGuide</name>
    <message>
        <source>Dorpsboek: eerste keer</source>
        <translation>Dorpsboek: first time</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Vorige</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Beginnen</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Overslaan</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>een map naast uw boek</source>
        <translation>a folder next to your book</translation>
    </message>
    <message>
        <source>Welkom bij Dorpsboek</source>
        <translation>Welcome to Dorpsboek</translation>
    </message>
    <message>
        <source>Dorpsboek is uw notitieboek als dorpsondersteuner. U schrijft kort op wie u hebt gesproken, wat er gevraagd is en wat er nog moet gebeuren.</source>
        <translation>Dorpsboek is your notebook as a village supporter. You briefly write down whom you spoke to, what was asked and what still needs to happen.</translation>
    </message>
    <message>
        <source>Alles staat alleen op deze laptop, versleuteld. Dorpsboek gebruikt nooit internet.</source>
        <translation>Everything stays on this laptop only, encrypted. Dorpsboek never uses the internet.</translation>
    </message>
    <message>
        <source>Een goed wachtwoord</source>
        <translation>A good passphrase</translation>
    </message>
    <message>
        <source>Uw boek gaat op slot met een wachtwoord. Kies een zin van vier of meer gewone woorden, bijvoorbeeld &lt;i&gt;fiets kaas molen regen&lt;/i&gt;. Dat is makkelijk te onthouden en moeilijk te raden.</source>
        <translation>Your book is locked with a passphrase. Choose a phrase of four or more ordinary words, for example &lt;i&gt;bicycle cheese mill rain&lt;/i&gt;. That is easy to remember and hard to guess.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bent u het wachtwoord kwijt, dan kan niemand het boek nog openen.&lt;/b&gt; Ook wij niet. Schrijf het op en bewaar het op een veilige plek.</source>
        <translation>&lt;b&gt;If you lose the passphrase, nobody can open the book any more.&lt;/b&gt; Not even us. Write it down and keep it in a safe place.</translation>
    </message>
    <message>
        <source>Als u onverwacht uitvalt</source>
        <translation>If you are suddenly absent</translation>
    </message>
    <message>
        <source>Met een noodset kan een collega uw werk overnemen als u ziek wordt. Dorpsboek maakt dan zelf steeds een versleuteld pakket, bijvoorbeeld op een USB-stick.</source>
        <translation>With an emergency kit a colleague can take over your work if you fall ill. Dorpsboek then keeps making an encrypted package by itself, for example on a USB stick.</translation>
    </message>
    <message>
        <source>De sleutel staat op een noodblad dat u in een dichte envelop geeft aan iemand van de klankbordgroep. U kunt de noodset nu of later maken, onder &lt;b&gt;Overdracht&lt;/b&gt;.</source>
        <translation>The key is on an emergency sheet that you give in a sealed envelope to someone of the sounding board. You can make the emergency kit now or later, under &lt;b&gt;Handover&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Dorpsboek maakt zelf elke dag een versleutelde reservekopie als u het boek sluit. Die staan in: %1</source>
        <translation>Dorpsboek makes an encrypted backup by itself every day when you close the book. They are in: %1</translation>
    </message>
    <message>
        <source>Gaat er iets mis met het boek, dan biedt Dorpsboek de nieuwste goede kopie aan. Het beschadigde boek blijft bewaard.</source>
        <translation>If something goes wrong with the book, Dorpsboek offers the newest good copy. The damaged book is kept.</translation>
    </message>
    <message>
        <source>Eerst even proberen?</source>
        <translation>Try it out first?</translation>
    </message>
    <message>
        <source>Met het &lt;b&gt;demoboek&lt;/b&gt; kunt u rustig rondkijken. Alle namen daarin zijn verzonnen, en er is geen wachtwoord nodig.</source>
        <translation>With the &lt;b&gt;demo book&lt;/b&gt; you can look around at your ease. All names in it are invented, and no passphrase is needed.</translation>
    </message>
    <message>
        <source>Klaar om te beginnen? Maak daarna een nieuw boek, of open een overdrachtspakket van een collega.</source>
        <translation>Ready to start? Then make a new book, or open a handover package from a colleague.</translation>
    </message>
</context>
</TS>