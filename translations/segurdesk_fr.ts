<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>cli</name>
    <message>
        <location filename="../cli/CommandRegistry.cpp" line="+23"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: segurdesk-cli [--lang fr|en] COMMAND [ARGUMENTS]</source>
        <translation>Usage : segurdesk-cli [--lang fr|en] COMMANDE [ARGUMENTS]</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="+29"/>
        <source>Unknown language &quot;%1&quot;: use fr or en.</source>
        <translation>Langue inconnue « %1 » : utilisez fr ou en.</translation>
    </message>
</context>
<context>
    <name>segurdesk::MainWindow</name>
    <message>
        <location filename="../forms/MainWindow.ui" line="+14"/>
        <source>Ségur Desk</source>
        <translation>Ségur Desk</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;h1&gt;Ségur Numérique — MSS operators&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Ségur Numérique — opérateurs MSS&lt;/h1&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prepare your enrolment on the ASP portal, request your funding advance and follow your dossiers until payment. Every field and every document is checked before anything is sent, and your drafts are kept safe on this computer.</source>
        <translation>Préparez votre enrôlement sur le portail de l&apos;ASP, demandez votre avance de financement et suivez vos dossiers jusqu&apos;au paiement. Chaque champ et chaque pièce sont vérifiés avant tout envoi, et vos brouillons restent en sécurité sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Ségur Desk</source>
        <translation>À &amp;propos de Ségur Desk</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="+22"/>
        <source>About Ségur Desk</source>
        <translation>À propos de Ségur Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Ségur Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Enrolment, advance requests and follow-up of MSS operators&apos; dossiers on the ASP Ségur Numérique portal.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ségur Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Enrôlement, demandes d&apos;avance et suivi des dossiers des opérateurs MSS sur le portail Ségur Numérique de l&apos;ASP.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
