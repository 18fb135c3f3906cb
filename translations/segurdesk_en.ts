<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminRoutes</name>
    <message>
        <location filename="../sandbox/api/AdminRoutes.cpp" line="+27"/>
        <source>The decision is validated, incomplete or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Give the number of seconds to move the clock forward (0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvanceRequest</name>
    <message>
        <location filename="../core/model/AdvanceRequestJson.cpp" line="+39"/>
        <source>Enter the number of mailboxes (0 if there are none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The three mailbox counts are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The advance request must be one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose the validated enrollment this request is for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvanceRoutes</name>
    <message>
        <location filename="../sandbox/api/AdvanceRoutes.cpp" line="+85"/>
        <source>Choose one of your enrollments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An advance can only be requested for a validated enrollment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthRoutes</name>
    <message>
        <location filename="../sandbox/api/AuthRoutes.cpp" line="+27"/>
        <source>Too many failed attempts: try again later (in about %1 min).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <location filename="../sandbox/services/AuthService.cpp" line="+152"/>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The initial password cannot be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Ségur Numérique portal: your login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello,

You asked for your login to the Ségur Numérique portal of the ASP.

Your login: %1

If you did not ask for it, ignore this message.

The ASP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ségur Numérique portal: reset your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello,

Your password reset code: %1
It is valid for %2 minutes and can be used once.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You will also be asked the answer to your secret question: &quot;%1&quot;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
If you did not ask for it, ignore this message.

The ASP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The code, the login or the answer to the secret question is wrong, or the code has expired.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionLetter</name>
    <message>
        <location filename="../sandbox/services/DecisionLetter.cpp" line="+20"/>
        <source>Decision to grant the advance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paris, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decision to grant a Ségur Numérique advance — MSS operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollment dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advance request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount excluding VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount including VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In application of the %1, the Agence de services et de paiement grants the operator named above the fixed part of the funding as an advance. It will be paid to the bank account given at enrollment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For the Chief Executive Officer of the ASP, by delegation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <location filename="../sandbox/services/DemoSeeder.cpp" line="+63"/>
        <location line="+12"/>
        <source>Cannot seed the demonstration data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <location filename="../core/model/DocumentKind.cpp" line="+22"/>
        <source>ANS referencing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator contract V2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kbis extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal representative&apos;s identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Depositor&apos;s identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal representative&apos;s mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank details (RIB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT non-liability certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierCsv</name>
    <message>
        <location filename="../app/dashboard/DossierCsv.cpp" line="+58"/>
        <source>The file %1 could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierFile</name>
    <message>
        <location filename="../core/model/DossierFile.cpp" line="+20"/>
        <source>The dossier file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierJson</name>
    <message>
        <location filename="../core/model/DossierJson.cpp" line="+25"/>
        <source>&quot;%1&quot; is not a possible value; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Unknown document; the documents are: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This dossier uses format version %1; this version of Ségur Desk reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The dossier is larger than %1 bytes: it cannot be a dossier file (attach documents as separate files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The dossier is not valid JSON: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The dossier must be one JSON object between braces { }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/JsonObjectReader.cpp" line="+52"/>
        <source>Must be text in quotes (&quot;…&quot;), not a number: numbers lose their leading zeros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Must be text in quotes (&quot;…&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Must be true or false (without quotes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Must be a whole number without quotes, such as 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Must be an object: members between braces { }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown field: check its spelling against the dossier format (docs/dossier-format.md).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierRow</name>
    <message>
        <location filename="../app/dashboard/DossierRow.cpp" line="+64"/>
        <source>Enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advance request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierRules</name>
    <message>
        <location filename="../core/model/DossierRules.cpp" line="+14"/>
        <source>The portal&apos;s configuration has an unusable value; the published default is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierSync</name>
    <message numerus="yes">
        <location filename="../core/services/DossierSync.cpp" line="+158"/>
        <source>%n profile(s) kept under another key cannot be read.</source>
        <translation>
            <numerusform>%n profile kept under another key cannot be read.</numerusform>
            <numerusform>%n profiles kept under another key cannot be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierValidator</name>
    <message>
        <location filename="../core/model/ApplicantRules.cpp" line="+26"/>
        <source>Enter the street address; the SIRET lookup fills it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the postal code; the SIRET lookup fills it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A French postal code has five digits, such as 75015.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the city; the SIRET lookup fills it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An address line holds at most %1 characters (standard NF Z10-011): letters may cut this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter the SIRET of the applicant company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the company name (dénomination sociale); the SIRET lookup fills it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the trade name (nom commercial).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your SIRET differs from the developer operator&apos;s, so you enroll as an acheteur: attach your purchase order (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You changed the company name found for this SIRET: attach a Kbis extract that shows it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Answer whether you are the company&apos;s legal representative (yes or no).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You are the legal representative: the depositor&apos;s details are not needed and will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You are the legal representative: the capacity as third-party filer is not needed and will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose your capacity as third-party filer: management centre or chartered accountant, or employee of the company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>As a management centre or chartered accountant, attach the service contract signed with the company; the portal offers a model (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As an employee of the company, attach the legal representative&apos;s mandate; the portal offers a model (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter the last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the email address again to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the telephone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the type of identity document: national identity card, passport or residence permit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/DocumentChecker.cpp" line="+30"/>
        <source>PDF, JPEG or PNG, at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Attach the document &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not needed for this dossier and will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; (%2): the file exceeds %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/DossierValidator.cpp" line="+28"/>
        <source>Enter the ANS referencing number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This referencing number belongs to the DSR &quot;%1&quot;, not &quot;%2&quot;: check the number on your ANS referencing certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The referencing number has not been looked up on the portal yet: whether a purchase order is needed (acheteur) will be checked once it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the IBAN of the account to be paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the BIC of the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the account holder (titulaire).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the VAT rate that applies to the company, or &quot;not subject to VAT&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The VAT rate %1 is not one of the call&apos;s rates: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not subject to VAT: attach the certificate of non-liability to VAT issued by the tax administration (DGFiP) (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accept the terms of use (CGU) to submit the dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acknowledge article 441-7 of the penal code (false attestations) to submit the dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certify that the information entered is authentic to submit the dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/RuleHelpers.cpp" line="+25"/>
        <source>Too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sandbox/services/DossierValidator.cpp" line="+36"/>
        <source>No MSS solution is referenced under this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No establishment is registered under this SIRET.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftRows</name>
    <message>
        <location filename="../app/dashboard/DraftRows.cpp" line="+18"/>
        <source>Company not entered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n draft(s) not sent: the call closed on %1, the portal no longer takes enrollments.</source>
        <translation>
            <numerusform>%n draft not sent: the call closed on %1, the portal no longer takes enrollments.</numerusform>
            <numerusform>%n drafts not sent: the call closed on %1, the portal no longer takes enrollments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <location line="+5"/>
        <source>%n draft(s) not sent yet.</source>
        <translation>
            <numerusform>%n draft not sent yet.</numerusform>
            <numerusform>%n drafts not sent yet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The call closes today at %1: send them before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The call closes on %1, in %n day(s): send them before then.</source>
        <translation>
            <numerusform>The call closes on %1, in %n day: send them before then.</numerusform>
            <numerusform>The call closes on %1, in %n days: send them before then.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrollmentIntake</name>
    <message>
        <location filename="../sandbox/api/EnrollmentIntake.cpp" line="+75"/>
        <source>This file weighs %1: the limit is %2 per file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This file is a %1: only PDF, JPEG and PNG files are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The call opens on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call closed on %1: no new dossier can be filed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send an Idempotency-Key header (a UUID kept with the draft).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request exceeds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send the dossier as multipart/form-data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The multipart body cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The part &quot;dossier&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The part &quot;dossier&quot; is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This Idempotency-Key was already used for a different dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This document is not part of an enrollment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The captcha code is wrong, expired or already used: type the code of a new image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileInspector</name>
    <message>
        <location filename="../core/i18n/Translations.cpp" line="+68"/>
        <source>en_GB</source>
        <comment>locale used to format numbers in messages</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/files/DataSize.cpp" line="+40"/>
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 byte</numerusform>
            <numerusform>%1 bytes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/files/FileMessages.cpp" line="+14"/>
        <source>Only PDF, JPEG and PNG files are accepted: save or export the document as PDF, or the picture as JPEG or PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file cannot be found. Check its name and folder, then choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is a folder, not a file. Choose a PDF, JPEG or PNG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not an ordinary file. Choose a PDF, JPEG or PNG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file cannot be read. Check that you are allowed to open it and that no other program is using it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file is empty (0 bytes). Choose the complete document again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file weighs %1 (%2 bytes), over the limit of %3. Reduce it or scan it at a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file type is not recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is not accepted: its content is of type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its name ends in &quot;.%1&quot;, but renaming a file does not change its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The PDF is protected by a password. Remove the protection (for example by printing it to a new PDF file), then choose the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The PDF is damaged or incomplete and cannot be opened. Export or scan the document again, then choose the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The PDF contains no page. Export the document again and check that its pages show, then choose the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The image is damaged or incomplete and cannot be displayed. Take, scan or export the picture again, then choose the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The image is too large: %1 × %2 pixels, more than %3 million pixels. Reduce its resolution, then choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileType</name>
    <message>
        <location filename="../core/files/FileType.cpp" line="+20"/>
        <source>unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BMP image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIFF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebP image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HEIC/HEIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AVIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JPEG 2000 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JPEG XL image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photoshop image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (DOCX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel spreadsheet (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PowerPoint presentation (PPTX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument text (ODT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument spreadsheet (ODS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument presentation (ODP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EPUB book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Office 97-2003 document (DOC, XLS, PPT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RTF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XML document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostScript document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linux executable program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows executable program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>macOS executable program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gzip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bzip2 archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>xz archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zstandard archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7-Zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAR archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tar archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows cabinet archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP4 video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QuickTime video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matroska/WebM video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AVI video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP3 audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WAV audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ogg audio or video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FLAC audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DjVu document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fixtures</name>
    <message>
        <location filename="../sandbox/store/Fixtures.cpp" line="+16"/>
        <source>Missing fixture %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundingRule</name>
    <message>
        <location filename="../core/model/FundingRule.cpp" line="+65"/>
        <source>The funding rule&apos;s &quot;%1&quot; must be an amount in euros with at most two decimals, zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityDocumentType</name>
    <message>
        <location filename="../core/model/IdentityDocumentType.cpp" line="+18"/>
        <source>National identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residence permit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonBody</name>
    <message>
        <location filename="../sandbox/http/JsonBody.cpp" line="+14"/>
        <source>Send a JSON body (application/json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The body is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyError</name>
    <message>
        <location filename="../core/crypto/KeyError.cpp" line="+11"/>
        <source>No system keychain is available to protect your drafts; a passphrase is needed instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access to the system keychain was denied, so your drafts cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system keychain could not read or store the key of your drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the passphrase that protects your drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase is wrong, or the key file of your drafts has been altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file of your drafts cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file of your drafts comes from a newer version of Ségur Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file of your drafts could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system could not provide secure random numbers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../core/model/Money.cpp" line="+76"/>
        <source>%1 €</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OtherProfiles</name>
    <message>
        <location filename="../app/dashboard/OtherProfiles.cpp" line="+20"/>
        <source>demonstration portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <location filename="../sandbox/services/PasswordPolicy.cpp" line="+18"/>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password must mix lower-case and upper-case letters, digits and special characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password must not contain your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The confirmation differs from the new password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentService</name>
    <message>
        <location filename="../sandbox/services/PaymentService.cpp" line="+83"/>
        <source>Ségur Numérique: payment of your advance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello,

The advance %1 (enrollment %2) has been paid: %3 including VAT were transferred on %4 to the account %5.

The ASP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPage</name>
    <message>
        <location filename="../sandbox/services/PdfPage.cpp" line="+27"/>
        <source>Agence de services et de paiement — Ségur Numérique</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoDocuments</name>
    <message>
        <location filename="../core/files/PhotoDocuments.cpp" line="+43"/>
        <source>Only a JPEG or PNG photo can be made lighter. A PDF that is too heavy must be made again by the program or the scanner that created it, at a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This photo cannot be read: it may be damaged. Take or export it again as JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The new document could not be made on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This photo cannot be made lighter than %1 and stay readable. Take it again closer to the document, or scan the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Photo %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose at least one photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>These photos do not fit in one document of %1 and stay readable. Attach fewer pages, or scan the document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalError</name>
    <message>
        <location filename="../core/portal/PortalErrorCode.cpp" line="+20"/>
        <source>No error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal address is refused: only https addresses are allowed (plain http only to this computer). Check the portal address in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A document to send could not be read. Check that the file still exists and attach it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal could not be reached. Check your Internet connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the portal was interrupted. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal did not answer in time. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection to the portal could not be established: its certificate or its encryption was refused. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal&apos;s answer is larger than expected and was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal&apos;s answer could not be understood. Try again later; if it goes on, contact the support desk with the request id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The portal gave an unexpected answer. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal could not read the request. Update Ségur Desk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal refused the request: it lacks its submission key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This submission key was already used for a different dossier. Create a new submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal is still processing this dossier. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your session has expired. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incorrect login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many failed attempts: the account is locked for a while. Try again later or reset your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You must change your password before going on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You must choose your secret question before going on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The call for applications is closed: no new dossier can be submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal refuses this operation for your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found on the portal. Check the number or identifier you entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal does not allow this operation. Update Ségur Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal refused the operation: the dossier changed in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An advance has already been requested for this enrollment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The advance can only be requested once the enrollment is validated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This dossier has already been decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A document is larger than the portal accepts. Reduce its size (4 MB at most), then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A document is not a PDF, JPEG or PNG file. Attach the document in one of these formats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal refused some fields. Correct the fields shown, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many requests were sent to the portal. Wait a moment, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal met an internal error. Try again later; nothing will be sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal is temporarily unavailable. Try again later; nothing will be sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal is not working properly at the moment. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portal/PortalError.cpp" line="+101"/>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portal message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Technical detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portal answer:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalMails</name>
    <message>
        <location filename="../sandbox/services/PortalMails.cpp" line="+12"/>
        <source>Ségur Numérique: acknowledgement of your enrollment request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello,

The ASP has received the enrollment request %1 of %2 for the Ségur Numérique funding (MSS operators).
It will now be checked; you will receive a mail when it is validated.

The ASP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ségur Numérique: your enrollment request %1 is validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello,

The ASP has validated the enrollment request %1 of %2.
You can now log in to the portal and file your advance request.

The ASP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ségur Numérique: your enrollment request %1 is rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ségur Numérique: your enrollment request %1 must be completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello,

The ASP has rejected the enrollment request %1 of %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello,

The enrollment request %1 of %2 is incomplete: please file a complete request.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>
The ASP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ségur Numérique: access opened for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello,

You already have an ASP Connect account (login %1): the dossier %2 has been added to it.

The ASP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ségur Numérique: your login details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello,

An ASP Connect account has been created for you.

Login: %1
Initial password: %2

You will have to change this password at your first login.

The ASP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ségur Numérique: decision on your advance request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hello,

Your advance request %1 (enrollment %2) is decided: %3 € excluding VAT, %4 € including VAT. The decision letter is available on the portal. The payment to the account %5 follows.

The ASP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../app/settings/Preferences.cpp" line="+40"/>
        <source>Your settings could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../sandbox/http/Problem.cpp" line="+40"/>
        <source>The request is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Idempotency-Key header is missing or invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This Idempotency-Key was used for another request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same request is still being processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incorrect login or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many failed attempts: login temporarily locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You must change your password first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You must choose your secret question first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call for applications is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method not allowed on this resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An advance was already requested for this enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The enrollment is not validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The enrollment was already decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File type not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some fields are invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal error of the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal is temporarily unavailable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicRoutes</name>
    <message>
        <location filename="../sandbox/api/PublicRoutes.cpp" line="+100"/>
        <source>No MSS solution is referenced under this number. Check the number on your ANS referencing certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The captcha has expired: ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The captcha code is wrong or was already used: type the code of a new image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No establishment is registered under this SIRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This bank is not in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecapDocument</name>
    <message>
        <location filename="../app/enrollment/RecapDocument.cpp" line="+47"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ANS referencing number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MSS solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Developer operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>referencing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed by the legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capacity as third-party filer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domiciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bank details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an acknowledgement of receipt, now;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the validation of the enrollment by the ASP;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your credentials for the portal: a login and an initial password, or, if you already have an ASP Connect account, the access opened on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dossier number: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal sends three mails to the representative&apos;s address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enrollment request received by the ASP portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enrollment request — Ségur Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxConfig</name>
    <message>
        <location filename="../sandbox/SandboxConfig.cpp" line="+18"/>
        <source>Cannot read the configuration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The configuration %1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>call.opens_at and call.closes_at must be RFC 3339 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>upload.max_bytes must be positive and at most upload.max_request_bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown fault kind: use close_after_commit, error_500, error_503 or stall.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxDatabase</name>
    <message>
        <location filename="../sandbox/store/SandboxDatabase.cpp" line="+83"/>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot create the schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxOptions</name>
    <message>
        <location filename="../sandbox/SandboxOptions.cpp" line="+14"/>
        <source>Local implementation of the Ségur Numérique portal API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address and port (port 0: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create demonstration dossiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable the /sandbox endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fixed answer of every captcha.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Invalid --listen value &quot;%1&quot;: use ADDRESS:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxServices</name>
    <message>
        <location filename="../sandbox/SandboxServices.cpp" line="+19"/>
        <source>Cannot create the data folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveInBackground</name>
    <message>
        <location filename="../app/widgets/SaveInBackground.cpp" line="+19"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../core/model/Status.cpp" line="+19"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To be completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <location filename="../core/storage/StorageError.cpp" line="+11"/>
        <source>This draft no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This draft is damaged (altered, truncated or encrypted with another key) and cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This draft was saved by a newer version of Ségur Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The draft could not be read from the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The draft could not be saved to the disk. Check the free space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local database could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This dossier has been sent to the portal and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to attach cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A submission of this dossier is still waiting for the portal&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This dossier has already been submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal refused this dossier: correct it before submitting it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This submission is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This operation is not possible in the dossier&apos;s current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another Ségur Desk window or command is using your drafts and submissions: try again once it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateDocuments</name>
    <message>
        <location filename="../sandbox/services/TemplateDocuments.cpp" line="+17"/>
        <source>Model service contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model mandate of the legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ségur Numérique funding — MSS operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Between the company below, represented by its legal representative, and the management centre or chartered accountant below, it is agreed that the latter files, in the company&apos;s name, its enrollment and funding requests on the ASP&apos;s Ségur Numérique portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Company (name, SIRET)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Service provider (name, SIRET)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I, the undersigned legal representative of the company below, give my employee named below the mandate to file, in the company&apos;s name, its enrollment and funding requests on the ASP&apos;s Ségur Numérique portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Employee given the mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThirdPartyRole</name>
    <message>
        <location filename="../core/model/ThirdPartyRole.cpp" line="+18"/>
        <source>Management centre, chartered accountant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee of the legal entity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../core/validation/Bic.cpp" line="+30"/>
        <source>A BIC has 8 or 11 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A BIC contains only letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the BIC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A BIC has 8 or 11 characters; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Characters 5 and 6 of a BIC are the country code, in letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; in the BIC is not a country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The BIC is from country %1 but the IBAN from %2: check that they belong to the same account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/Email.cpp" line="+71"/>
        <location line="+7"/>
        <source>An e-mail address has at most 254 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Enter the e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An e-mail address looks like name@example.fr: the @ is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The part before the @ may contain letters, digits, single dots and the characters !#$%&amp;&apos;*+-/=?^_`{|}~, at most 64 of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The part after the @ must be a domain name such as example.fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The confirmation does not match the e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/Iban.cpp" line="+162"/>
        <source>The IBAN is far too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An IBAN contains only letters and digits (spaces are allowed between groups).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An IBAN has at most 34 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the IBAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The IBAN must start with the code of a country that uses IBANs (FR for France).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An IBAN from %1 has %2 characters; this one has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The IBAN does not follow the format of %1 bank accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The IBAN check digits are wrong: check every character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The RIB key (last two digits) does not match the bank, branch and account numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/MailboxCount.cpp" line="+14"/>
        <source>A number of mailboxes is at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the number of mailboxes (0 if none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A number of mailboxes cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a whole number of mailboxes, in digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/PersonName.cpp" line="+25"/>
        <location line="+6"/>
        <source>A name has at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Enter the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+13"/>
        <source>A name starts with a letter and has a single space, hyphen or apostrophe between its parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>A name contains only letters, spaces, hyphens and apostrophes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/Phone.cpp" line="+28"/>
        <source>Enter the telephone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This telephone number is far too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a telephone number: write it like 06 12 34 56 78 or, outside France, with + and the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This number does not exist in the numbering plan of its country: check the digits and the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/Siret.cpp" line="+25"/>
        <source>The SIREN check digit is wrong: check the first nine digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A SIREN has 9 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the SIREN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A SIREN contains only digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A SIREN has 9 digits; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A SIRET has 14 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the SIRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A SIRET contains only digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A SIRET has 14 digits; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SIRET check digit is wrong: check the fourteen digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/VatNumber.cpp" line="+30"/>
        <source>A French VAT number is FR, a two-character key, then the nine digits of the SIREN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A French VAT number has 13 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the VAT number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A French VAT number starts with FR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A French VAT number has 13 characters (FR, a two-character key and the nine digits of the SIREN); this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The SIREN in the VAT number is not valid: check its nine digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The VAT key (the two characters after FR) does not match the SIREN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/AccountSecrets.cpp" line="+43"/>
        <source>The question must have between 5 and 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The answer must have between 2 and 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VatRate</name>
    <message>
        <location filename="../core/model/VatRate.cpp" line="+74"/>
        <source>Not subject to VAT (excl. VAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../cli/CommandRegistry.cpp" line="+51"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: segurdesk-cli [--lang fr|en] [--verbose] COMMAND [ARGUMENTS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="+65"/>
        <source>Unknown language &quot;%1&quot;: use fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="+53"/>
        <source>--max-bytes needs a number of bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid --max-bytes &quot;%1&quot;: give a whole number of bytes greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="+59"/>
        <location line="+5"/>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--file needs the path of a file with one value per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/AdvanceCommand.cpp" line="+47"/>
        <source>advance --login ID ENROLLMENT_ID --current A,O,P --estimated A,O,P   request the advance
  advance --forecast --estimated A,O,P [--vat RATE]   forecast the funding from the portal&apos;s rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--estimated A,O,P is required (three mailbox counts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A forecast takes only --estimated and --vat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An advance request takes --current and --estimated; the portal applies the enrollment&apos;s VAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mailbox counts are three whole numbers from 0 to 10000000 separated by commas: A,O,P.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../cli/CheckCommand.cpp" line="+11"/>
        <location filename="../cli/InspectCommand.cpp" line="+8"/>
        <location filename="../cli/SubmitCommand.cpp" line="+89"/>
        <location filename="../cli/ValidateCommand.cpp" line="+36"/>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give exactly one enrollment id (see status).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Advance request %1 for enrollment %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+65"/>
        <source>Amount excl. VAT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+66"/>
        <source>Amount incl. VAT (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Decision document: %1 (%2), download it with: segurdesk-cli document --login %3 %1 -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mail sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mailbox counts are three whole numbers from 0 to 10000000 separated by commas: A,O,P; the VAT rate is 20, 10, 8.5, 5.5, 2.1 or exempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/AccountSession.cpp" line="+61"/>
        <location filename="../cli/AdvanceCommand.cpp" line="+11"/>
        <location filename="../cli/MailsCommand.cpp" line="+93"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/AdvanceCommand.cpp" line="+17"/>
        <source>The portal accepts these VAT rates: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forecast for %1 applicative, %2 organizational and %3 personal mailboxes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Of which the advance (fixed part): %1; cap: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A forecast computed here; the portal decides the amounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="+8"/>
        <source>Unknown kind &quot;%1&quot;: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Say what to check: one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No value to check: give values or --file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>check KIND VALUE... | --file F [--json]   check identifiers; KIND: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="+5"/>
        <source>No file to inspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>inspect FILE... [--json] [--max-bytes N]   check attachments: type, size, integrity, SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/DraftCommand.cpp" line="+27"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>being submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>draft new [DOSSIER.json] | list [--json] | show ID [--json] | attach ID FIELD FILE | set ID FIELD VALUE | rm ID   keep dossiers as encrypted drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unknown draft action &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong number of arguments for &quot;draft %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+97"/>
        <source>Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-76"/>
        <source>damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Some drafts are damaged and cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Draft %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dossier number %1, received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Still to complete or correct:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown document &quot;%1&quot;: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 attached to draft %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Draft %1 is being submitted: it is removed once the portal has answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draft %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/DraftFieldSetter.cpp" line="+61"/>
        <source>&quot;%1&quot; is not a field you can set (documents are attached with &quot;draft attach&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/FieldErrorText.cpp" line="+17"/>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/OpenLocalData.cpp" line="+30"/>
        <source>Your drafts are protected by a passphrase: set it in the SEGURDESK_PASSPHRASE environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Without a keychain, choose a passphrase for your drafts and set it in the SEGURDESK_PASSPHRASE environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Waiting for %1, which is using your Ségur Desk data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ValidateCommand.cpp" line="-15"/>
        <source>validate DOSSIER.json... [--json]   check dossier files and their documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Give at least one dossier file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 dossier(s) checked: %2 valid, %3 with errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/PortalSession.cpp" line="+47"/>
        <source>--portal needs the portal&apos;s address (https://...) and --timeout a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SubmitBatch.cpp" line="+57"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Not sent: the portal refused the code given with --captcha.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal refused the captcha code given with --captcha: run the command again without --captcha to type the code of each image. Nothing was lost: the dossier will be sent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SubmitCommand.cpp" line="-68"/>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier number or error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (received %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>submit [--captcha CODE] [--json] DOSSIER.json|DRAFT_ID...   send dossiers exactly once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SubmitBatch.cpp" line="-80"/>
        <source>draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resuming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 error(s), nothing sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-67"/>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+107"/>
        <source>The captcha image cannot be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Captcha image: %1 — type its code: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/AccountSession.cpp" line="-36"/>
        <source>Secret question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This command needs your portal login: --login ID (the password is read from stdin or from SEGURDESK_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password: give it on the first line of stdin or in the SEGURDESK_PASSWORD environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The portal requires a new password before anything else: run segurdesk-cli password --login %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The portal requires your secret question before anything else: run segurdesk-cli secret-question --login %1 --question &quot;...&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Portal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request id (for the support desk): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/DocumentCommand.cpp" line="+22"/>
        <source>document --login ID DOCUMENT_ID -o FILE [--force]   download a document (e.g. the decision letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give one document id and -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already exists: add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 saved to %2 (%3, %4 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/LoginCommand.cpp" line="+19"/>
        <source>login --login ID   check your portal login (password on stdin or in SEGURDESK_PASSWORD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Logged in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account: %1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session valid until %1 (in this command only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secret question: set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret question: not set yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal requires you to change your password: run segurdesk-cli password --login %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/MailsCommand.cpp" line="-56"/>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Mails (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>mails --login ID [--json] [MAIL_ID]   read the mails the portal sent you, or one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/AccountSession.cpp" line="-118"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/PasswordCommand.cpp" line="+19"/>
        <source>password --login ID [--new-password-stdin]   change your portal password (current, then new, on stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No new password: give it on the second line of stdin with --new-password-stdin or in SEGURDESK_NEW_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Next step: set your secret question with segurdesk-cli secret-question --login %1 --question &quot;...&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/AccountSession.cpp" line="+111"/>
        <source>%1: %2 [%3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/PasswordCommand.cpp" line="-2"/>
        <source>Password changed for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="+20"/>
        <source>No offline data yet: run status once while the portal is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>status --login ID [--json]   show your enrollments and advance requests with their history (offline: the last copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The portal cannot be reached, and the offline data cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The portal cannot be reached: showing the offline data of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/StatusReport.cpp" line="+39"/>
        <source>  (unreadable entry %1 skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>OFFLINE DATA: the portal cannot be reached; as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrollments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (SIRET %2), id %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Advance requests (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>enrollment %1, %2 excl. VAT, %3 incl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>document %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SecretQuestionCommand.cpp" line="+19"/>
        <source>secret-question --login ID --question TEXT   set your recovery question (password, then answer, on stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give the question to ask you with --question &quot;...&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change your initial password first: segurdesk-cli password --login %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer to your secret question: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer: give it on the second line of stdin or in SEGURDESK_SECRET_ANSWER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Secret question set for %1: your dossiers are open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox</name>
    <message>
        <location filename="../sandbox/main.cpp" line="+36"/>
        <source>Cannot listen on %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::MainWindow</name>
    <message>
        <location filename="../forms/window/MainWindow.ui" line="+14"/>
        <source>Ségur Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;h1&gt;Ségur Numérique — MSS operators&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prepare your enrolment on the ASP portal, request your funding advance and follow your dossiers until payment. Every field and every document is checked before anything is sent, and your drafts are kept safe on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New enrollment request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+56"/>
        <source>&amp;My dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-32"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;New enrollment request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Ségur Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/MainWindow.cpp" line="+236"/>
        <source>Starting the portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portal: local sandbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Portal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Portal unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-155"/>
        <source>The new portal address is used from the next start of Ségur Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Another request is open: close it before resuming this draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The draft cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&lt;b&gt;Demonstration portal&lt;/b&gt; (%1): nothing sent from here reaches the ASP. Dossiers, mails and payments are simulated on this computer; set the ASP portal&apos;s address to file for real.&lt;br&gt;Its demonstration account, to see a dashboard at once: login &lt;b&gt;%2&lt;/b&gt;, password &lt;b&gt;%3&lt;/b&gt;; and a second one, &lt;b&gt;%4&lt;/b&gt; with the same password, to try changing profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About Ségur Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Ségur Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Enrolment, advance requests and follow-up of MSS operators&apos; dossiers on the ASP Ségur Numérique portal.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::account::AccountFlow</name>
    <message>
        <location filename="../app/account/AccountFlow.cpp" line="+119"/>
        <source>Your password has been reset: log in with the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Your password has been changed. The portal will ask for your secret question at your next login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::account::AccountStepDialog</name>
    <message>
        <location filename="../app/account/AccountStepDialog.cpp" line="+49"/>
        <source>The portal is still answering an earlier request: try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::account::ForgottenLoginDialog</name>
    <message>
        <location filename="../forms/account/ForgottenLoginDialog.ui" line="+6"/>
        <source>Forgotten login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Email address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/account/ForgottenLoginDialog.cpp" line="+42"/>
        <source>Asking the portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>If an account of the portal uses %1, the portal has mailed its login to that address. Look in your mail, then log in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the email address given in your enrollment: the portal will mail the login of your account to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Send my login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::account::LoginDialog</name>
    <message>
        <location filename="../forms/account/LoginDialog.ui" line="+6"/>
        <source>Log in to the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>I forgot my lo&amp;gin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>I forgot my pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/account/LoginDialog.cpp" line="+55"/>
        <source>Enter the login and the password the portal gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your dossiers are read from the portal with your account&apos;s login and password. The password is not kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::account::PasswordChangeDialog</name>
    <message>
        <location filename="../forms/account/PasswordChangeDialog.ui" line="+6"/>
        <source>Change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Con&amp;firmation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Password rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/account/PasswordChangeDialog.cpp" line="+44"/>
        <source>Enter your current password: the one the portal mailed you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changing the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The portal asks you to replace the initial password it mailed you before anything else. Choose a password of your own: the rules below tick as you type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::account::PasswordResetDialog</name>
    <message>
        <location filename="../forms/account/PasswordResetDialog.ui" line="+6"/>
        <source>Reset your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Code received by &amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Answer to your secret question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Con&amp;firmation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Password rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/account/PasswordResetDialog.cpp" line="+52"/>
        <source>Enter your login: the code is mailed to the address of its account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asking the portal for a code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter your login and the code the portal mailed you (ask for one with &quot;Send me a code&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resetting the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>If %1 is the login of an account, the portal has mailed a code to its address. The mail also gives your secret question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ask the portal for a code: it mails one to the address of your account. Then enter it with the answer to your secret question and your new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send me a &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::account::PasswordRulesView</name>
    <message>
        <location filename="../app/account/PasswordRulesView.cpp" line="+67"/>
        <source>The new password does not follow every rule of the list yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A lower-case letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An upper-case letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A special character (such as - ! ? # @ or a space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not contain your login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Differs from the current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typed the same in the confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Rule met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule not met yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::account::SecretQuestionDialog</name>
    <message>
        <location filename="../forms/account/SecretQuestionDialog.ui" line="+6"/>
        <source>Choose your secret question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Con&amp;firmation of the answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/account/SecretQuestionDialog.cpp" line="+53"/>
        <source>The confirmation differs from the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving the secret question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Last step of your first login: choose a question whose answer only you know. The portal will ask you for the answer if you ever forget your password. Capitals, accents and extra spaces in the answer do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was the name of your first pet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In which town did your parents meet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was the name of your primary school?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was the make of your first car?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a question or type your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::advance::AdvanceRequestDialog</name>
    <message>
        <location filename="../forms/advance/AdvanceRequestDialog.ui" line="+6"/>
        <source>Request the advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mailboxes (BAL) as declared in the Annuaire Santé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applicative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Organizational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Current mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Current applicative mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Current organizational mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Current personal mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mailboxes estimated at the closing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Estimated applicative mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Estimated organizational mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Estimated personal mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Applicable VAT rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Advance (fixed part of the funding):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Forecast total funding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The advance is the fixed part of the funding, paid first. The forecast total is computed here from the estimated mailboxes and the funding rule the portal announces; the portal decides the amounts. The portal takes one advance request per enrollment: check the counts before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/advance/AdvanceRequestDialog.cpp" line="+48"/>
        <source>The funding rule cannot be read from the portal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending the request to the portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The portal refused the request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The portal&apos;s answer did not arrive, and it may have recorded the request. Send the same request again: it will not be counted twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This enrollment already has its advance request; the list of your dossiers shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Advance request for enrollment %1 — %2. Give the mailboxes (BAL) of each kind declared in the Annuaire Santé today, and those you expect at the closing date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mailboxes estimated at the closing date (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asking the portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>%1 excl. VAT, %2 incl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send the same request again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::dashboard::AmountsChart</name>
    <message>
        <location filename="../app/dashboard/AmountsChart.cpp" line="+83"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Advance requests, VAT included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requested: %1
Granted: %2
Paid: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amounts of the advance requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::dashboard::DashboardController</name>
    <message>
        <location filename="../app/dashboard/DashboardController.cpp" line="+50"/>
        <source>The drafts kept on this computer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Logged out of profile %1: no profile is logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Your session on the portal has ended: log in again to refresh your dossiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Logged out on this computer. The portal could not be told (%1): the session ends there by itself within the hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logged out: the session on the portal is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Forget this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the profile %1 on this computer? The copy of its dossiers kept here is deleted; nothing changes on the portal, and its dossiers come back the next time you log in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The profile %1 could not be forgotten: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Waiting for %1, which is using your data on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+106"/>
        <source>The copies of other profiles kept on this computer could not all be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n dossier(s) could not be read and are not shown.</source>
        <translation>
            <numerusform>%n dossier could not be read and is not shown.</numerusform>
            <numerusform>%n dossiers could not be read and are not shown.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The portal cannot be reached, and the copy kept on this computer cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal cannot be reached, and no copy of your dossiers is kept on this computer yet: refresh once the portal answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::dashboard::DashboardView</name>
    <message>
        <location filename="../forms/dashboard/DashboardView.ui" line="+11"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Number, company, SIRET…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-56"/>
        <source>&amp;Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>C&amp;hange profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-35"/>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dashboard/DashboardView.cpp" line="+148"/>
        <source>Asking the portal for your dossiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Logging out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Log &amp;out (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>dossiers-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the dossiers shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n dossier(s) exported to %1.</source>
        <translation>
            <numerusform>%n dossier exported to %1.</numerusform>
            <numerusform>%n dossiers exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enrollment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advance request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No dossier on the portal yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Shown: %1 of %n dossier(s)</source>
        <translation>
            <numerusform>Shown: %1 of %n dossier</numerusform>
            <numerusform>Shown: %1 of %n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Offline: the portal cannot be reached. These dossiers are the copy kept on this computer, as the portal gave them on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>As the portal gave them on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::dashboard::DocumentViewer</name>
    <message>
        <location filename="../app/dashboard/DocumentViewer.cpp" line="+43"/>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Opening the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This document cannot be shown: save it and open it with another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first %1 pages of %2 are shown: save the document to read it whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::dashboard::DossierDetailsController</name>
    <message>
        <location filename="../app/dashboard/DossierDetailsController.cpp" line="+30"/>
        <source>Save the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+140"/>
        <source>The profile %1 is no longer kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Downloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::dashboard::DossierDetailsView</name>
    <message>
        <location filename="../forms/dashboard/DossierDetailsView.ui" line="+37"/>
        <source>&amp;Resume the draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Request the advance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;Log in with this profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Forget this profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+53"/>
        <location line="+114"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-162"/>
        <location line="+167"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>Mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mail content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Amount incl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dashboard/DossierDetailsView.cpp" line="+84"/>
        <source>No dossier chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the dossier kept on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Draft — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent to the portal yet; last changed on %1. It is kept, encrypted, on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Advance request %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For enrollment %1. Amount excl. VAT: %2; incl. VAT (%3): %4. Requested on %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enrollment %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIRET %1. Solution %2 (referencing %3). VAT: %4. Received on %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Other document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Log in with profile %1 to open or save its documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The copy of profile %1 kept on this computer, as the portal gave it on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log in with this profile to open its documents and mails or to request its advance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This profile is on another portal: choose that portal in the settings to log in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The portal has sent no mail about this dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a mail to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Log in with profile %1 to read this mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asking the portal for this mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Log in with profile %1 to request its advance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal cannot be reached: refresh once it answers again to request the advance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::dashboard::DossierTableModel</name>
    <message>
        <location filename="../app/dashboard/DossierTableModel.cpp" line="+208"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount incl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::dashboard::StatusNotice</name>
    <message>
        <location filename="../app/dashboard/StatusNotice.cpp" line="+20"/>
        <source>%1 %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n dossier(s) changed status</source>
        <translation>
            <numerusform>%n dossier changed status</numerusform>
            <numerusform>%n dossiers changed status</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>segurdesk::drafts::DraftList</name>
    <message>
        <location filename="../app/drafts/DraftList.cpp" line="+169"/>
        <source>&amp;Resume sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete the draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft “%1” and the documents it keeps will be deleted from this computer. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SIRET %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request without a name yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No keychain of the system answers on this computer: choose a passphrase to protect your drafts, or they cannot be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your drafts are protected by a passphrase: give it to see them and go on with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The drafts could not be read or changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No draft yet: a new request is kept here as you type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;h2&gt;Your &amp;drafts&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose a passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unl&amp;ock the drafts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referencing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bank details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unreadable draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1 of 5: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Being prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submission pending: resume it to send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent — dossier %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::drafts::PassphraseDialog</name>
    <message>
        <location filename="../app/drafts/PassphraseDialog.cpp" line="+85"/>
        <source>Type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least %1 characters: a phrase of a few words is remembered better than a complicated word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Waiting for %1 to finish with your local data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Checking the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Protect your drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock your drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keychain of the system answers on this computer, so your drafts will be encrypted with a passphrase of your choice. Keep it safe: without it, they cannot be opened again, by you or by anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your drafts are encrypted with a passphrase. Type it to see them and go on with them; it is asked once per session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Confirmation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Protect &amp;my drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::drafts::SameSiretOffer</name>
    <message>
        <location filename="../app/drafts/SameSiretOffer.cpp" line="+93"/>
        <source>A draft exists for this SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft “%1”, last changed on %2, is already a request for this SIRET. Resume it rather than start a second one? What you typed in this request is then abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Resume that draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Go on with this request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::enrollment::ApplicantPage</name>
    <message>
        <location filename="../forms/enrollment/ApplicantPage.ui" line="+6"/>
        <source>The company that applies, its legal representative and, when someone else files for them, that person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;SIRET:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Security &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>New &amp;image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Look &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Company na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>T&amp;rade name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Street &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pos&amp;tal code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Recipient or department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Entrance, building:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Number extension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>bis, ter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Address complement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Are you the company&apos;s legal representative?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>N&amp;o, I file for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You, filing for the legal representative (depositor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Capacity as third-party filer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Management centre, chartered accountant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Employee of the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/enrollment/ApplicantPage.cpp" line="+109"/>
        <source>legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>depositor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 (%2)</source>
        <comment>a field and whose it is</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Looking up the company on the portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The security code could not be loaded: %1 Click &quot;New image&quot; to get another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The security code did not match its image. Type the code of the new image, then look the company up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No establishment is registered under this SIRET. Check it on your Kbis extract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The company could not be looked up: %1 You may type its name and address yourself; a Kbis extract will then be asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Step 2 of 5: applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security code image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking up the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Kbis extract that shows this name is asked for below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::enrollment::BankPage</name>
    <message>
        <location filename="../forms/enrollment/BankPage.ui" line="+6"/>
        <source>The account the funding will be paid to, and its RIB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;IBAN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;BIC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Account &amp;holder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Domiciliation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Filled in by the portal from the IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/enrollment/BankPage.cpp" line="+132"/>
        <source>Looking up the bank on the portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The domiciliation could not be filled in; the ASP will read it on the RIB. The portal says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Step 3 of 5: bank details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::enrollment::EnrollmentPage</name>
    <message>
        <location filename="../app/enrollment/EnrollmentPage.cpp" line="+136"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::enrollment::EnrollmentWizard</name>
    <message>
        <location filename="../app/enrollment/EnrollmentWizard.cpp" line="+112"/>
        <source>Interrupt the submission?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dossier is kept in your local data once the submission has begun. The wizard closes as soon as it is safe to: at once while the security code is asked, else when the portal answers; if it received the dossier meanwhile, its receipt is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Interrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Continue the submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Close without saving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft could not be saved: %1
What you entered since it was last saved will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The draft is not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft of this request could not be saved: %1
What you entered stays on screen. Try again with “save it again”, left of the wizard&apos;s buttons; until it works, do not close the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Enrollment request — Ségur Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt; &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the &amp;summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Draft not saved — &amp;save it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HH:mm</source>
        <comment>time of a save</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::enrollment::PersonForm</name>
    <message>
        <location filename="../forms/enrollment/PersonForm.ui" line="+23"/>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Email &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Telephone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Identity document t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/enrollment/PersonForm.cpp" line="+103"/>
        <source>Choose the type…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::enrollment::RecapPage</name>
    <message>
        <location filename="../forms/enrollment/RecapPage.ui" line="+6"/>
        <source>Read your request once more; &quot;Edit&quot; takes you back to a step. Then tick the three declarations and submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Declarations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I accept the portal&apos;s terms of use (CGU).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I know that article 441-7 of the penal code punishes false attestations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I certify that the information given is accurate and authentic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/enrollment/RecapPage.cpp" line="+32"/>
        <source>Terms of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Article 441-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accurate and authentic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Step 5 of 5: summary and declarations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary of the request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::enrollment::ReferencingPage</name>
    <message>
        <location filename="../forms/enrollment/ReferencingPage.ui" line="+6"/>
        <source>The MSS solution you run, as the ANS referenced it, and the operator contract signed with the ANS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ANS &amp;referencing number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;DSR:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filled in by the portal from the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MSS s&amp;olution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>De&amp;veloper operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/enrollment/ReferencingPage.cpp" line="+48"/>
        <source>Search of the number on the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+118"/>
        <source>%1 (SIRET %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search the number on the portal: it tells the DSR, the solution and its developer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking up the number on the portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal knows no MSS solution under the number %1. Check the number on your ANS referencing certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The number could not be looked up: %1 You may go on; the portal checks the number when the dossier is sent. &quot;Search&quot; tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Step 1 of 5: referencing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking up the number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::enrollment::SubmissionPage</name>
    <message>
        <location filename="../forms/enrollment/SubmissionPage.ui" line="+26"/>
        <source>Security code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>S&amp;end the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/enrollment/SubmissionPage.cpp" line="+28"/>
        <source>Waiting for %1 to finish with your local data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Keeping the dossier, encrypted, in your local data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type the security code shown, then send the dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Type the code of the new image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sending the dossier to the portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your enrollment request has been received by the ASP portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This request had already been received by the ASP portal; nothing was sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The portal refused the dossier: %1 Correct it, then submit it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dossier could not be kept in your local data, so nothing was sent. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dossier has not been sent. %1 Nothing is lost: it is kept, encrypted, on this computer, and &quot;Try again&quot; sends it with the same key, so that the portal never receives it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>enrollment-request-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the record of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The record of the request is saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enrollment request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing the record of the request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The record of the request is sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record could not be printed. Check that the printer is ready, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security code image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress of the submission</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::enrollment::TemplateDownloads</name>
    <message>
        <location filename="../app/enrollment/TemplateDownloads.cpp" line="+21"/>
        <source>mandate-model.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>service-contract-model.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The model could not be downloaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Models offered by the portal: &lt;a href=&quot;service-contract&quot;&gt;service contract&lt;/a&gt;, &lt;a href=&quot;mandate&quot;&gt;mandate of the legal representative&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Downloading the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The model is saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::enrollment::VatPage</name>
    <message>
        <location filename="../forms/enrollment/VatPage.ui" line="+6"/>
        <source>The VAT rate that applies to the company decides whether the funding is paid with VAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VAT rate applicable to the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/enrollment/VatPage.cpp" line="+103"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step 4 of 5: VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::portal::EmbeddedSandbox</name>
    <message>
        <location filename="../core/portal/EmbeddedSandbox.cpp" line="+43"/>
        <source>The local portal did not start in time; its log is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The local portal stopped while starting; its log is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The local portal (%1) is missing: install Ségur Desk again, or give the address of a portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The local portal&apos;s folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-74"/>
        <source>The local portal cannot be started: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The local portal gave an unexpected address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::services::DossierDetails</name>
    <message>
        <location filename="../core/services/DossierDetails.cpp" line="+23"/>
        <source>This dossier, as kept on this computer, cannot be read: refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::services::DraftAttachmentDevice</name>
    <message>
        <location filename="../core/services/DraftAttachmentDevice.cpp" line="+71"/>
        <source>The attached document changed size since it was attached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::services::DraftSubmission</name>
    <message>
        <location filename="../core/services/DraftSubmission.cpp" line="+214"/>
        <source>No captcha code was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>request id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::services::LocalData</name>
    <message>
        <location filename="../core/services/LocalData.cpp" line="+83"/>
        <source>The data folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your drafts are protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 Your drafts are protected by its key: start the keychain (your desktop session does), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::services::PortalConnection</name>
    <message>
        <location filename="../core/services/PortalConnection.cpp" line="+48"/>
        <source>The portal address %1 is refused: only https is allowed, except to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::settings::SettingsDialog</name>
    <message>
        <location filename="../app/settings/SettingsDialog.cpp" line="+131"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ASP &amp;portal address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: the demonstration portal, on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The https address the ASP gave you. A new address is used from the next start of Ségur Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::widgets::DocumentField</name>
    <message>
        <location filename="../app/widgets/DocumentField.cpp" line="+209"/>
        <location line="+154"/>
        <source>Choose the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-153"/>
        <source>PDF documents and pictures (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 The file attached before is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refused: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: %1 — %2 The file attached before is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>PDF, JPEG or PNG — %1 maximum. Drop the file here or choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the photo &amp;lighter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hotos into one PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several photos, such as the front and back of an identity card, put into one PDF, a page each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop making the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop checking the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the photo lighter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put photos into one PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Making the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>PDF document — %n page(s) — %1</source>
        <translation>
            <numerusform>PDF document — %n page — %1</numerusform>
            <numerusform>PDF document — %n pages — %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — %2 × %3 px — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thumbnail of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Making %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::widgets::DocumentMaker</name>
    <message>
        <location filename="../app/widgets/DocumentMaker.cpp" line="+102"/>
        <source>The new file could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-68"/>
        <source>%1-lighter.jpg</source>
        <comment>file name of a photo made lighter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the lighter photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JPEG photos (*.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the photos, one per page, in their order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>photos.pdf</source>
        <comment>file name of photos put into a PDF</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the PDF of the photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose another name for the new file: %1 itself stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 weighs more than %2: it is not a photo that can be made lighter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::widgets::FieldCheck</name>
    <message>
        <location filename="../app/widgets/FieldCheck.cpp" line="+94"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segurdesk::widgets::MissingList</name>
    <message>
        <location filename="../app/widgets/MissingList.cpp" line="+62"/>
        <source>, </source>
        <comment>between the items of the list of what is missing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Still to complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
