<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AdminRoutes</name>
    <message>
        <location filename="../sandbox/api/AdminRoutes.cpp" line="+27"/>
        <source>The decision is validated, incomplete or rejected.</source>
        <translation>La décision est validated (validée), incomplete (à compléter) ou rejected (rejetée).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Give the number of seconds to move the clock forward (0 or more).</source>
        <translation>Indiquez de combien de secondes avancer l&apos;horloge (0 ou plus).</translation>
    </message>
</context>
<context>
    <name>AdvanceRequest</name>
    <message>
        <location filename="../core/model/AdvanceRequestJson.cpp" line="+39"/>
        <source>Enter the number of mailboxes (0 if there are none).</source>
        <translation>Saisissez le nombre de boîtes aux lettres (0 s&apos;il n&apos;y en a aucune).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The three mailbox counts are required.</source>
        <translation>Les trois nombres de boîtes aux lettres sont obligatoires.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The advance request must be one JSON object.</source>
        <translation>La demande d&apos;avance doit être un seul objet JSON.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose the validated enrollment this request is for.</source>
        <translation>Choisissez l&apos;enrôlement validé auquel se rattache cette demande.</translation>
    </message>
</context>
<context>
    <name>AdvanceRoutes</name>
    <message>
        <location filename="../sandbox/api/AdvanceRoutes.cpp" line="+85"/>
        <source>Choose one of your enrollments.</source>
        <translation>Choisissez l&apos;un de vos enrôlements.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An advance can only be requested for a validated enrollment.</source>
        <translation>Une avance ne peut être demandée que pour un enrôlement validé.</translation>
    </message>
</context>
<context>
    <name>AuthRoutes</name>
    <message>
        <location filename="../sandbox/api/AuthRoutes.cpp" line="+27"/>
        <source>Too many failed attempts: try again later (in about %1 min).</source>
        <translation>Trop de tentatives échouées : réessayez plus tard (dans environ %1 min).</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <location filename="../sandbox/services/AuthService.cpp" line="+152"/>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The initial password cannot be kept.</source>
        <translation>Le mot de passe initial ne peut pas être conservé.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Ségur Numérique portal: your login</source>
        <translation>Portail Ségur Numérique : votre identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello,

You asked for your login to the Ségur Numérique portal of the ASP.

Your login: %1

If you did not ask for it, ignore this message.

The ASP</source>
        <translation>Bonjour,

Vous avez demandé votre identifiant pour le portail Ségur Numérique de l&apos;ASP.

Votre identifiant : %1

Si vous n&apos;êtes pas à l&apos;origine de cette demande, ignorez ce message.

L&apos;ASP</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ségur Numérique portal: reset your password</source>
        <translation>Portail Ségur Numérique : réinitialisation de votre mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello,

Your password reset code: %1
It is valid for %2 minutes and can be used once.
</source>
        <translation>Bonjour,

Votre code de réinitialisation du mot de passe : %1
Il est valable %2 minutes et ne peut servir qu&apos;une fois.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You will also be asked the answer to your secret question: &quot;%1&quot;
</source>
        <translation>La réponse à votre question secrète vous sera aussi demandée : « %1 »
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
If you did not ask for it, ignore this message.

The ASP</source>
        <translation>
Si vous n&apos;êtes pas à l&apos;origine de cette demande, ignorez ce message.

L&apos;ASP</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The code, the login or the answer to the secret question is wrong, or the code has expired.</source>
        <translation>Le code, l&apos;identifiant ou la réponse à la question secrète est incorrect, ou le code a expiré.</translation>
    </message>
</context>
<context>
    <name>DecisionLetter</name>
    <message>
        <location filename="../sandbox/services/DecisionLetter.cpp" line="+20"/>
        <source>Decision to grant the advance %1</source>
        <translation>Décision d&apos;attribution de l&apos;avance %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paris, %1</source>
        <translation>Paris, le %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decision to grant a Ségur Numérique advance — MSS operators</source>
        <translation>Décision d&apos;attribution d&apos;une avance Ségur Numérique — opérateurs MSS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollment dossier</source>
        <translation>Dossier d&apos;enrôlement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advance request</source>
        <translation>Demande d&apos;avance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount excluding VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount including VAT</source>
        <translation>Montant TTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In application of the %1, the Agence de services et de paiement grants the operator named above the fixed part of the funding as an advance. It will be paid to the bank account given at enrollment.</source>
        <translation>En application de l&apos;%1, l&apos;Agence de services et de paiement attribue à l&apos;opérateur désigné ci-dessus la part fixe du financement à titre d&apos;avance. Elle sera versée sur le compte bancaire indiqué lors de l&apos;enrôlement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For the Chief Executive Officer of the ASP, by delegation.</source>
        <translation>Pour le président-directeur général de l&apos;ASP, par délégation.</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <location filename="../sandbox/services/DemoSeeder.cpp" line="+63"/>
        <location line="+12"/>
        <source>Cannot seed the demonstration data.</source>
        <translation>Impossible de créer les données de démonstration.</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <location filename="../core/model/DocumentKind.cpp" line="+22"/>
        <source>ANS referencing certificate</source>
        <translation>Certificat de référencement ANS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator contract V2</source>
        <translation>Contrat opérateur V2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase order</source>
        <translation>Bon de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kbis extract</source>
        <translation>Extrait Kbis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal representative&apos;s identity document</source>
        <translation>Pièce d&apos;identité du représentant légal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Depositor&apos;s identity document</source>
        <translation>Pièce d&apos;identité du dépositaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service contract</source>
        <translation>Contrat de prestation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal representative&apos;s mandate</source>
        <translation>Mandat du représentant légal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank details (RIB)</source>
        <translation>RIB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT non-liability certificate</source>
        <translation>Attestation de non-assujettissement à la TVA</translation>
    </message>
</context>
<context>
    <name>DossierCsv</name>
    <message>
        <location filename="../app/dashboard/DossierCsv.cpp" line="+58"/>
        <source>The file %1 could not be written: %2.</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit : %2.</translation>
    </message>
</context>
<context>
    <name>DossierFile</name>
    <message>
        <location filename="../core/model/DossierFile.cpp" line="+20"/>
        <source>The dossier file %1 cannot be read: %2</source>
        <translation>Le fichier de dossier %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a file.</source>
        <translation>ce n&apos;est pas un fichier.</translation>
    </message>
</context>
<context>
    <name>DossierJson</name>
    <message>
        <location filename="../core/model/DossierJson.cpp" line="+25"/>
        <source>&quot;%1&quot; is not a possible value; use one of: %2.</source>
        <translation>« %1 » n&apos;est pas une valeur possible ; utilisez l&apos;une de celles-ci : %2.</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Unknown document; the documents are: %1.</source>
        <translation>Pièce inconnue ; les pièces possibles sont : %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This dossier uses format version %1; this version of Ségur Desk reads version %2.</source>
        <translation>Ce dossier utilise la version %1 du format ; cette version de Ségur Desk lit la version %2.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The dossier is larger than %1 bytes: it cannot be a dossier file (attach documents as separate files).</source>
        <translation>Le dossier dépasse %1 octets : ce ne peut pas être un fichier de dossier (joignez les pièces comme fichiers séparés).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The dossier is not valid JSON: %1 at character %2.</source>
        <translation>Le dossier n&apos;est pas un JSON valide : %1 au caractère %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The dossier must be one JSON object between braces { }.</source>
        <translation>Le dossier doit être un seul objet JSON entre accolades { }.</translation>
    </message>
    <message>
        <location filename="../core/model/JsonObjectReader.cpp" line="+52"/>
        <source>Must be text in quotes (&quot;…&quot;), not a number: numbers lose their leading zeros.</source>
        <translation>Doit être un texte entre guillemets (&quot;…&quot;), pas un nombre : un nombre perd ses zéros de tête.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Must be text in quotes (&quot;…&quot;).</source>
        <translation>Doit être un texte entre guillemets (&quot;…&quot;).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Must be true or false (without quotes).</source>
        <translation>Doit valoir true ou false (sans guillemets).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Must be a whole number without quotes, such as 120.</source>
        <translation>Doit être un nombre entier sans guillemets, par exemple 120.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Must be an object: members between braces { }.</source>
        <translation>Doit être un objet : des membres entre accolades { }.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown field: check its spelling against the dossier format (docs/dossier-format.md).</source>
        <translation>Champ inconnu : vérifiez son orthographe dans le format de dossier (docs/dossier-format.md).</translation>
    </message>
</context>
<context>
    <name>DossierRow</name>
    <message>
        <location filename="../app/dashboard/DossierRow.cpp" line="+64"/>
        <source>Enrollment</source>
        <translation>Enrôlement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advance request</source>
        <translation>Demande d&apos;avance</translation>
    </message>
</context>
<context>
    <name>DossierRules</name>
    <message>
        <location filename="../core/model/DossierRules.cpp" line="+14"/>
        <source>The portal&apos;s configuration has an unusable value; the published default is used instead.</source>
        <translation>La configuration du portail contient une valeur inutilisable ; la valeur publiée par défaut est utilisée à la place.</translation>
    </message>
</context>
<context>
    <name>DossierSync</name>
    <message numerus="yes">
        <location filename="../core/services/DossierSync.cpp" line="+158"/>
        <source>%n profile(s) kept under another key cannot be read.</source>
        <translation>
            <numerusform>%n profil gardé sous une autre clé ne peut pas être lu.</numerusform>
            <numerusform>%n profils gardés sous une autre clé ne peuvent pas être lus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierValidator</name>
    <message>
        <location filename="../core/model/ApplicantRules.cpp" line="+26"/>
        <source>Enter the street address; the SIRET lookup fills it in.</source>
        <translation>Saisissez l&apos;adresse (numéro et voie) ; la recherche par SIRET la remplit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the postal code; the SIRET lookup fills it in.</source>
        <translation>Saisissez le code postal ; la recherche par SIRET le remplit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A French postal code has five digits, such as 75015.</source>
        <translation>Un code postal français comporte cinq chiffres, par exemple 75015.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the city; the SIRET lookup fills it in.</source>
        <translation>Saisissez la commune ; la recherche par SIRET la remplit.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An address line holds at most %1 characters (standard NF Z10-011): letters may cut this one.</source>
        <translation>Une ligne d&apos;adresse compte au plus %1 caractères (norme NF Z10-011) : celle-ci risque d&apos;être coupée sur les courriers.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter the SIRET of the applicant company.</source>
        <translation>Saisissez le SIRET de la société demandeuse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the company name (dénomination sociale); the SIRET lookup fills it in.</source>
        <translation>Saisissez la dénomination sociale ; la recherche par SIRET la remplit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the trade name (nom commercial).</source>
        <translation>Saisissez le nom commercial.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your SIRET differs from the developer operator&apos;s, so you enroll as an acheteur: attach your purchase order (%1).</source>
        <translation>Votre SIRET diffère de celui de l&apos;opérateur développeur : vous vous enrôlez comme opérateur acheteur. Joignez votre bon de commande (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You changed the company name found for this SIRET: attach a Kbis extract that shows it (%1).</source>
        <translation>Vous avez modifié la dénomination sociale trouvée pour ce SIRET : joignez un extrait Kbis qui l&apos;atteste (%1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Answer whether you are the company&apos;s legal representative (yes or no).</source>
        <translation>Indiquez si vous êtes le représentant légal de la société (oui ou non).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You are the legal representative: the depositor&apos;s details are not needed and will not be sent.</source>
        <translation>Vous êtes le représentant légal : les informations du dépositaire ne sont pas nécessaires et ne seront pas envoyées.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You are the legal representative: the capacity as third-party filer is not needed and will not be sent.</source>
        <translation>Vous êtes le représentant légal : la qualité de tiers déclarant n&apos;est pas nécessaire et ne sera pas envoyée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose your capacity as third-party filer: management centre or chartered accountant, or employee of the company.</source>
        <translation>Choisissez votre qualité de tiers déclarant : centre de gestion ou expert-comptable, ou employé de la personne morale.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>As a management centre or chartered accountant, attach the service contract signed with the company; the portal offers a model (%1).</source>
        <translation>En tant que centre de gestion ou expert-comptable, joignez le contrat de prestation signé avec la société ; le portail en propose un modèle (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As an employee of the company, attach the legal representative&apos;s mandate; the portal offers a model (%1).</source>
        <translation>En tant qu&apos;employé de la personne morale, joignez le mandat du représentant légal ; le portail en propose un modèle (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter the last name.</source>
        <translation>Saisissez le nom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the first name.</source>
        <translation>Saisissez le prénom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the email address.</source>
        <translation>Saisissez l&apos;adresse e-mail.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the email address again to confirm it.</source>
        <translation>Saisissez à nouveau l&apos;adresse e-mail pour la confirmer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the telephone number.</source>
        <translation>Saisissez le numéro de téléphone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the type of identity document: national identity card, passport or residence permit.</source>
        <translation>Choisissez le type de pièce d&apos;identité : carte nationale d&apos;identité, passeport ou titre de séjour.</translation>
    </message>
    <message>
        <location filename="../core/model/DocumentChecker.cpp" line="+30"/>
        <source>PDF, JPEG or PNG, at most %1</source>
        <translation>PDF, JPEG ou PNG, %1 maximum</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Attach the document &quot;%1&quot;: %2.</source>
        <translation>Joignez la pièce « %1 » : %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not needed for this dossier and will not be sent.</source>
        <translation>« %1 » n&apos;est pas nécessaire pour ce dossier et ne sera pas envoyé.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; (%2): the file exceeds %3.</source>
        <translation>« %1 » (%2) : le fichier dépasse %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; (%2): %3</source>
        <translation>« %1 » (%2) : %3</translation>
    </message>
    <message>
        <location filename="../core/model/DossierValidator.cpp" line="+28"/>
        <source>Enter the ANS referencing number.</source>
        <translation>Saisissez le numéro unique de référencement ANS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This referencing number belongs to the DSR &quot;%1&quot;, not &quot;%2&quot;: check the number on your ANS referencing certificate.</source>
        <translation>Ce numéro de référencement relève du DSR « %1 », et non « %2 » : vérifiez le numéro sur votre certificat de référencement ANS.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The referencing number has not been looked up on the portal yet: whether a purchase order is needed (acheteur) will be checked once it is.</source>
        <translation>Le numéro de référencement n&apos;a pas encore été recherché sur le portail : la nécessité d&apos;un bon de commande (opérateur acheteur) sera vérifiée ensuite.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the IBAN of the account to be paid.</source>
        <translation>Saisissez l&apos;IBAN du compte à créditer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the BIC of the bank.</source>
        <translation>Saisissez le BIC de la banque.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the account holder (titulaire).</source>
        <translation>Saisissez le titulaire du compte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the VAT rate that applies to the company, or &quot;not subject to VAT&quot;.</source>
        <translation>Choisissez le taux de TVA applicable à la société, ou « non assujetti ».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The VAT rate %1 is not one of the call&apos;s rates: %2.</source>
        <translation>Le taux de TVA %1 ne fait pas partie des taux de l&apos;appel : %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not subject to VAT: attach the certificate of non-liability to VAT issued by the tax administration (DGFiP) (%1).</source>
        <translation>Non assujetti à la TVA : joignez l&apos;attestation de non-assujettissement délivrée par la Direction générale des Finances publiques (%1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accept the terms of use (CGU) to submit the dossier.</source>
        <translation>Acceptez les conditions générales d&apos;utilisation (CGU) pour déposer le dossier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acknowledge article 441-7 of the penal code (false attestations) to submit the dossier.</source>
        <translation>Cochez la case relative à l&apos;article 441-7 du code pénal (fausses attestations) pour déposer le dossier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certify that the information entered is authentic to submit the dossier.</source>
        <translation>Certifiez l&apos;authenticité des informations saisies pour déposer le dossier.</translation>
    </message>
    <message>
        <location filename="../core/model/RuleHelpers.cpp" line="+25"/>
        <source>Too long: at most %1 characters.</source>
        <translation>Trop long : %1 caractères au maximum.</translation>
    </message>
    <message>
        <location filename="../sandbox/services/DossierValidator.cpp" line="+36"/>
        <source>No MSS solution is referenced under this number.</source>
        <translation>Aucune solution MSS n&apos;est référencée sous ce numéro.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No establishment is registered under this SIRET.</source>
        <translation>Aucun établissement n&apos;est enregistré sous ce SIRET.</translation>
    </message>
</context>
<context>
    <name>DraftRows</name>
    <message>
        <location filename="../app/dashboard/DraftRows.cpp" line="+18"/>
        <source>Company not entered yet</source>
        <translation>Société pas encore saisie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n draft(s) not sent: the call closed on %1, the portal no longer takes enrollments.</source>
        <translation>
            <numerusform>%n brouillon non envoyé : l&apos;appel a été clos le %1, le portail n&apos;accepte plus d&apos;enrôlement.</numerusform>
            <numerusform>%n brouillons non envoyés : l&apos;appel a été clos le %1, le portail n&apos;accepte plus d&apos;enrôlement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <location line="+5"/>
        <source>%n draft(s) not sent yet.</source>
        <translation>
            <numerusform>%n brouillon non envoyé.</numerusform>
            <numerusform>%n brouillons non envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The call closes today at %1: send them before then.</source>
        <translation>L&apos;appel se clôt aujourd&apos;hui à %1 : envoyez-les d&apos;ici là.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The call closes on %1, in %n day(s): send them before then.</source>
        <translation>
            <numerusform>L&apos;appel se clôt le %1, dans %n jour : envoyez-les d&apos;ici là.</numerusform>
            <numerusform>L&apos;appel se clôt le %1, dans %n jours : envoyez-les d&apos;ici là.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrollmentIntake</name>
    <message>
        <location filename="../sandbox/api/EnrollmentIntake.cpp" line="+75"/>
        <source>This file weighs %1: the limit is %2 per file.</source>
        <translation>Ce fichier pèse %1 : la limite est de %2 par fichier.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This file is a %1: only PDF, JPEG and PNG files are accepted.</source>
        <translation>Ce fichier est un %1 : seuls les fichiers PDF, JPEG et PNG sont acceptés.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The call opens on %1.</source>
        <translation>L&apos;appel à financement ouvre le %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call closed on %1: no new dossier can be filed.</source>
        <translation>L&apos;appel à financement est clos depuis le %1 : aucun nouveau dossier ne peut être déposé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send an Idempotency-Key header (a UUID kept with the draft).</source>
        <translation>Envoyez un en-tête Idempotency-Key (un UUID conservé avec le brouillon).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request exceeds %1.</source>
        <translation>La requête dépasse %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send the dossier as multipart/form-data.</source>
        <translation>Envoyez le dossier en multipart/form-data.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The multipart body cannot be read (%1).</source>
        <translation>Le corps multipart est illisible (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The part &quot;dossier&quot; is missing.</source>
        <translation>La partie « dossier » est absente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The part &quot;dossier&quot; is not a JSON object: %1</source>
        <translation>La partie « dossier » n&apos;est pas un objet JSON : %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This Idempotency-Key was already used for a different dossier.</source>
        <translation>Cette Idempotency-Key a déjà servi pour un autre dossier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This document is not part of an enrollment.</source>
        <translation>Cette pièce ne fait pas partie d&apos;un enrôlement.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The captcha code is wrong, expired or already used: type the code of a new image.</source>
        <translation>Le code captcha est incorrect, expiré ou déjà utilisé : saisissez le code d&apos;une nouvelle image.</translation>
    </message>
</context>
<context>
    <name>FileInspector</name>
    <message>
        <location filename="../core/i18n/Translations.cpp" line="+68"/>
        <source>en_GB</source>
        <comment>locale used to format numbers in messages</comment>
        <translation>fr_FR</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/files/DataSize.cpp" line="+40"/>
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 octet</numerusform>
            <numerusform>%1 octets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <location filename="../core/files/FileMessages.cpp" line="+14"/>
        <source>Only PDF, JPEG and PNG files are accepted: save or export the document as PDF, or the picture as JPEG or PNG.</source>
        <translation>Seuls les fichiers PDF, JPEG et PNG sont acceptés : enregistrez ou exportez le document en PDF, ou l&apos;image en JPEG ou PNG.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file cannot be found. Check its name and folder, then choose it again.</source>
        <translation>Le fichier est introuvable. Vérifiez son nom et son dossier, puis choisissez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is a folder, not a file. Choose a PDF, JPEG or PNG file.</source>
        <translation>Il s&apos;agit d&apos;un dossier, pas d&apos;un fichier. Choisissez un fichier PDF, JPEG ou PNG.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not an ordinary file. Choose a PDF, JPEG or PNG file.</source>
        <translation>Il ne s&apos;agit pas d&apos;un fichier ordinaire. Choisissez un fichier PDF, JPEG ou PNG.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file cannot be read. Check that you are allowed to open it and that no other program is using it, then try again.</source>
        <translation>Le fichier ne peut pas être lu. Vérifiez que vous avez le droit de l&apos;ouvrir et qu&apos;aucun autre programme ne l&apos;utilise, puis réessayez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file is empty (0 bytes). Choose the complete document again.</source>
        <translation>Le fichier est vide (0 octet). Choisissez à nouveau le document complet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file weighs %1 (%2 bytes), over the limit of %3. Reduce it or scan it at a lower resolution.</source>
        <translation>Le fichier pèse %1 (%2 octets), au-delà de la limite de %3. Réduisez-le ou numérisez-le en plus basse résolution.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file type is not recognised.</source>
        <translation>Le type du fichier n&apos;est pas reconnu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is not accepted: its content is of type %1.</source>
        <translation>Ce fichier n&apos;est pas accepté : son contenu est de type « %1 ».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its name ends in &quot;.%1&quot;, but renaming a file does not change its content.</source>
        <translation>Son nom se termine par « .%1 », mais renommer un fichier ne change pas son contenu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The PDF is protected by a password. Remove the protection (for example by printing it to a new PDF file), then choose the new file.</source>
        <translation>Le PDF est protégé par un mot de passe. Retirez la protection (par exemple en l&apos;imprimant dans un nouveau fichier PDF), puis choisissez le nouveau fichier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The PDF is damaged or incomplete and cannot be opened. Export or scan the document again, then choose the new file.</source>
        <translation>Le PDF est endommagé ou incomplet et ne peut pas être ouvert. Exportez ou numérisez à nouveau le document, puis choisissez le nouveau fichier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The PDF contains no page. Export the document again and check that its pages show, then choose the new file.</source>
        <translation>Le PDF ne contient aucune page. Exportez à nouveau le document et vérifiez que ses pages s&apos;affichent, puis choisissez le nouveau fichier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The image is damaged or incomplete and cannot be displayed. Take, scan or export the picture again, then choose the new file.</source>
        <translation>L&apos;image est endommagée ou incomplète et ne peut pas être affichée. Reprenez, numérisez ou exportez à nouveau l&apos;image, puis choisissez le nouveau fichier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The image is too large: %1 × %2 pixels, more than %3 million pixels. Reduce its resolution, then choose it again.</source>
        <translation>L&apos;image est trop grande : %1 × %2 pixels, soit plus de %3 millions de pixels. Réduisez sa résolution, puis choisissez-la à nouveau.</translation>
    </message>
</context>
<context>
    <name>FileType</name>
    <message>
        <location filename="../core/files/FileType.cpp" line="+20"/>
        <source>unknown type</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>document PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JPEG image</source>
        <translation>image JPEG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image</source>
        <translation>image PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GIF image</source>
        <translation>image GIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BMP image</source>
        <translation>image BMP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIFF image</source>
        <translation>image TIFF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebP image</source>
        <translation>image WebP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HEIC/HEIF image</source>
        <translation>image HEIC/HEIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AVIF image</source>
        <translation>image AVIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JPEG 2000 image</source>
        <translation>image JPEG 2000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JPEG XL image</source>
        <translation>image JPEG XL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows icon</source>
        <translation>icône Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photoshop image</source>
        <translation>image Photoshop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing</source>
        <translation>dessin SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP archive</source>
        <translation>archive ZIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (DOCX)</source>
        <translation>document Word (DOCX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel spreadsheet (XLSX)</source>
        <translation>classeur Excel (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PowerPoint presentation (PPTX)</source>
        <translation>présentation PowerPoint (PPTX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument text (ODT)</source>
        <translation>texte OpenDocument (ODT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument spreadsheet (ODS)</source>
        <translation>classeur OpenDocument (ODS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument presentation (ODP)</source>
        <translation>présentation OpenDocument (ODP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EPUB book</source>
        <translation>livre EPUB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Office 97-2003 document (DOC, XLS, PPT)</source>
        <translation>document Microsoft Office 97-2003 (DOC, XLS, PPT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RTF document</source>
        <translation>document RTF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plain text</source>
        <translation>texte brut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML page</source>
        <translation>page HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XML document</source>
        <translation>document XML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostScript document</source>
        <translation>document PostScript</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linux executable program</source>
        <translation>programme exécutable Linux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows executable program</source>
        <translation>programme exécutable Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>macOS executable program</source>
        <translation>programme exécutable macOS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gzip archive</source>
        <translation>archive gzip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bzip2 archive</source>
        <translation>archive bzip2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>xz archive</source>
        <translation>archive xz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zstandard archive</source>
        <translation>archive Zstandard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7-Zip archive</source>
        <translation>archive 7-Zip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAR archive</source>
        <translation>archive RAR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tar archive</source>
        <translation>archive tar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows cabinet archive</source>
        <translation>archive cabinet Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP4 video</source>
        <translation>vidéo MP4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QuickTime video</source>
        <translation>vidéo QuickTime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matroska/WebM video</source>
        <translation>vidéo Matroska/WebM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AVI video</source>
        <translation>vidéo AVI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP3 audio</source>
        <translation>audio MP3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WAV audio</source>
        <translation>audio WAV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ogg audio or video</source>
        <translation>audio ou vidéo Ogg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FLAC audio</source>
        <translation>audio FLAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite database</source>
        <translation>base de données SQLite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DjVu document</source>
        <translation>document DjVu</translation>
    </message>
</context>
<context>
    <name>Fixtures</name>
    <message>
        <location filename="../sandbox/store/Fixtures.cpp" line="+16"/>
        <source>Missing fixture %1</source>
        <translation>Données de référence absentes : %1</translation>
    </message>
</context>
<context>
    <name>FundingRule</name>
    <message>
        <location filename="../core/model/FundingRule.cpp" line="+65"/>
        <source>The funding rule&apos;s &quot;%1&quot; must be an amount in euros with at most two decimals, zero or more.</source>
        <translation>La valeur « %1 » de la règle de financement doit être un montant en euros positif ou nul, avec au plus deux décimales.</translation>
    </message>
</context>
<context>
    <name>IdentityDocumentType</name>
    <message>
        <location filename="../core/model/IdentityDocumentType.cpp" line="+18"/>
        <source>National identity card</source>
        <translation>Carte nationale d&apos;identité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residence permit</source>
        <translation>Titre de séjour</translation>
    </message>
</context>
<context>
    <name>JsonBody</name>
    <message>
        <location filename="../sandbox/http/JsonBody.cpp" line="+14"/>
        <source>Send a JSON body (application/json).</source>
        <translation>Envoyez un corps JSON (application/json).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The body is not a JSON object: %1</source>
        <translation>Le corps n&apos;est pas un objet JSON : %1</translation>
    </message>
</context>
<context>
    <name>KeyError</name>
    <message>
        <location filename="../core/crypto/KeyError.cpp" line="+11"/>
        <source>No system keychain is available to protect your drafts; a passphrase is needed instead.</source>
        <translation>Aucun trousseau système n’est disponible pour protéger vos brouillons : une phrase secrète est nécessaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access to the system keychain was denied, so your drafts cannot be opened.</source>
        <translation>L’accès au trousseau système a été refusé : vos brouillons ne peuvent pas être ouverts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system keychain could not read or store the key of your drafts.</source>
        <translation>Le trousseau système n’a pas pu lire ou enregistrer la clé de vos brouillons.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the passphrase that protects your drafts.</source>
        <translation>Saisissez la phrase secrète qui protège vos brouillons.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase is wrong, or the key file of your drafts has been altered.</source>
        <translation>La phrase secrète est incorrecte, ou le fichier de clé de vos brouillons a été modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file of your drafts cannot be read.</source>
        <translation>Le fichier de clé de vos brouillons est illisible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file of your drafts comes from a newer version of Ségur Desk.</source>
        <translation>Le fichier de clé de vos brouillons provient d’une version plus récente de Ségur Desk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file of your drafts could not be written.</source>
        <translation>Le fichier de clé de vos brouillons n’a pas pu être écrit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system could not provide secure random numbers.</source>
        <translation>Le système n’a pas pu fournir de nombres aléatoires sûrs.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../core/model/Money.cpp" line="+76"/>
        <source>%1 €</source>
        <translation>%1&#xa0;€</translation>
    </message>
</context>
<context>
    <name>OtherProfiles</name>
    <message>
        <location filename="../app/dashboard/OtherProfiles.cpp" line="+20"/>
        <source>demonstration portal</source>
        <translation>portail de démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <location filename="../sandbox/services/PasswordPolicy.cpp" line="+18"/>
        <source>The password must have at least %1 characters.</source>
        <translation>Le mot de passe doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password must mix lower-case and upper-case letters, digits and special characters.</source>
        <translation>Le mot de passe doit mêler minuscules, majuscules, chiffres et caractères spéciaux.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password must not contain your login.</source>
        <translation>Le mot de passe ne doit pas contenir votre identifiant.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The new password must differ from the current one.</source>
        <translation>Le nouveau mot de passe doit être différent de l&apos;actuel.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The confirmation differs from the new password.</source>
        <translation>La confirmation diffère du nouveau mot de passe.</translation>
    </message>
</context>
<context>
    <name>PaymentService</name>
    <message>
        <location filename="../sandbox/services/PaymentService.cpp" line="+83"/>
        <source>Ségur Numérique: payment of your advance %1</source>
        <translation>Ségur Numérique : paiement de votre avance %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello,

The advance %1 (enrollment %2) has been paid: %3 including VAT were transferred on %4 to the account %5.

The ASP</source>
        <translation>Bonjour,

L&apos;avance %1 (enrôlement %2) a été payée : %3 TTC ont été virés le %4 sur le compte %5.

L&apos;ASP</translation>
    </message>
</context>
<context>
    <name>PdfPage</name>
    <message>
        <location filename="../sandbox/services/PdfPage.cpp" line="+27"/>
        <source>Agence de services et de paiement — Ségur Numérique</source>
        <translation>Agence de services et de paiement — Ségur Numérique</translation>
    </message>
</context>
<context>
    <name>PhotoDocuments</name>
    <message>
        <location filename="../core/files/PhotoDocuments.cpp" line="+43"/>
        <source>Only a JPEG or PNG photo can be made lighter. A PDF that is too heavy must be made again by the program or the scanner that created it, at a lower resolution.</source>
        <translation>Seule une photo JPEG ou PNG peut être allégée. Un PDF trop lourd doit être refait par le logiciel ou le scanner qui l&apos;a créé, à une résolution plus basse.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This photo cannot be read: it may be damaged. Take or export it again as JPEG.</source>
        <translation>Cette photo est illisible : elle est peut-être endommagée. Reprenez-la ou exportez-la de nouveau en JPEG.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The new document could not be made on this computer.</source>
        <translation>Le nouveau document n&apos;a pas pu être créé sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This photo cannot be made lighter than %1 and stay readable. Take it again closer to the document, or scan the document.</source>
        <translation>Cette photo ne peut pas descendre sous %1 en restant lisible. Reprenez-la plus près du document, ou numérisez le document.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Photo %1: %2</source>
        <translation>Photo %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose at least one photo.</source>
        <translation>Choisissez au moins une photo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>These photos do not fit in one document of %1 and stay readable. Attach fewer pages, or scan the document.</source>
        <translation>Ces photos ne tiennent pas dans un document de %1 en restant lisibles. Joignez moins de pages, ou numérisez le document.</translation>
    </message>
</context>
<context>
    <name>PortalError</name>
    <message>
        <location filename="../core/portal/PortalErrorCode.cpp" line="+20"/>
        <source>No error.</source>
        <translation>Aucune erreur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal address is refused: only https addresses are allowed (plain http only to this computer). Check the portal address in the settings.</source>
        <translation>L’adresse du portail est refusée : seules les adresses https sont autorisées (http simple uniquement vers cet ordinateur). Vérifiez l’adresse du portail dans les paramètres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A document to send could not be read. Check that the file still exists and attach it again.</source>
        <translation>Un document à envoyer n’a pas pu être lu. Vérifiez que le fichier existe toujours et joignez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal could not be reached. Check your Internet connection, then try again.</source>
        <translation>Le portail est injoignable. Vérifiez votre connexion Internet, puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the portal was interrupted. Try again.</source>
        <translation>La connexion au portail a été interrompue. Réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal did not answer in time. Try again in a few minutes.</source>
        <translation>Le portail n’a pas répondu à temps. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection to the portal could not be established: its certificate or its encryption was refused. Nothing was sent.</source>
        <translation>La connexion sécurisée au portail n’a pas pu être établie : son certificat ou son chiffrement a été refusé. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal&apos;s answer is larger than expected and was refused.</source>
        <translation>La réponse du portail est plus volumineuse que prévu et a été refusée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal&apos;s answer could not be understood. Try again later; if it goes on, contact the support desk with the request id.</source>
        <translation>La réponse du portail n’a pas pu être comprise. Réessayez plus tard ; si le problème persiste, contactez l’assistance en indiquant l’identifiant de la requête.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The portal gave an unexpected answer. Try again later.</source>
        <translation>Le portail a donné une réponse inattendue. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal could not read the request. Update Ségur Desk, then try again.</source>
        <translation>Le portail n’a pas pu lire la requête. Mettez à jour Ségur Desk, puis réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal refused the request: it lacks its submission key.</source>
        <translation>Le portail a refusé la requête : sa clé de dépôt est absente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This submission key was already used for a different dossier. Create a new submission.</source>
        <translation>Cette clé de dépôt a déjà servi pour un autre dossier. Créez un nouveau dépôt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal is still processing this dossier. Try again in a moment.</source>
        <translation>Le portail traite encore ce dossier. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your session has expired. Log in again.</source>
        <translation>Votre session a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incorrect login or password.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many failed attempts: the account is locked for a while. Try again later or reset your password.</source>
        <translation>Trop de tentatives échouées : le compte est verrouillé pour un moment. Réessayez plus tard ou réinitialisez votre mot de passe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You must change your password before going on.</source>
        <translation>Vous devez changer votre mot de passe avant de continuer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You must choose your secret question before going on.</source>
        <translation>Vous devez choisir votre question secrète avant de continuer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The call for applications is closed: no new dossier can be submitted.</source>
        <translation>L’appel à financement est clos : aucun nouveau dossier ne peut être déposé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal refuses this operation for your account.</source>
        <translation>Le portail refuse cette opération pour votre compte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found on the portal. Check the number or identifier you entered.</source>
        <translation>Introuvable sur le portail. Vérifiez le numéro ou l’identifiant saisi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal does not allow this operation. Update Ségur Desk.</source>
        <translation>Le portail n’autorise pas cette opération. Mettez à jour Ségur Desk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal refused the operation: the dossier changed in the meantime.</source>
        <translation>Le portail a refusé l’opération : le dossier a changé entre-temps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An advance has already been requested for this enrollment.</source>
        <translation>Une avance a déjà été demandée pour cet enrôlement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The advance can only be requested once the enrollment is validated.</source>
        <translation>L’avance ne peut être demandée qu’une fois l’enrôlement validé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This dossier has already been decided.</source>
        <translation>Ce dossier a déjà fait l’objet d’une décision.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A document is larger than the portal accepts. Reduce its size (4 MB at most), then send again.</source>
        <translation>Un document dépasse la taille acceptée par le portail. Réduisez sa taille (4 Mo au maximum), puis renvoyez-le.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A document is not a PDF, JPEG or PNG file. Attach the document in one of these formats.</source>
        <translation>Un document n’est pas un fichier PDF, JPEG ou PNG. Joignez le document dans l’un de ces formats.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal refused some fields. Correct the fields shown, then send again.</source>
        <translation>Le portail a refusé certains champs. Corrigez les champs signalés, puis renvoyez le dossier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many requests were sent to the portal. Wait a moment, then try again.</source>
        <translation>Trop de requêtes ont été envoyées au portail. Patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal met an internal error. Try again later; nothing will be sent twice.</source>
        <translation>Le portail a rencontré une erreur interne. Réessayez plus tard ; rien ne sera envoyé deux fois.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal is temporarily unavailable. Try again later; nothing will be sent twice.</source>
        <translation>Le portail est temporairement indisponible. Réessayez plus tard ; rien ne sera envoyé deux fois.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal is not working properly at the moment. Try again later.</source>
        <translation>Le portail ne fonctionne pas correctement pour le moment. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../core/portal/PortalError.cpp" line="+101"/>
        <source>Error code: %1</source>
        <translation>Code d’erreur : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP status: %1</source>
        <translation>Statut HTTP : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request id: %1</source>
        <translation>Identifiant de la requête : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portal message: %1</source>
        <translation>Message du portail : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field %1 (%2): %3</source>
        <translation>Champ %1 (%2) : %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Technical detail: %1</source>
        <translation>Détail technique : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portal answer:</source>
        <translation>Réponse du portail :</translation>
    </message>
</context>
<context>
    <name>PortalMails</name>
    <message>
        <location filename="../sandbox/services/PortalMails.cpp" line="+12"/>
        <source>Ségur Numérique: acknowledgement of your enrollment request %1</source>
        <translation>Ségur Numérique : accusé de réception de votre demande d&apos;enrôlement %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello,

The ASP has received the enrollment request %1 of %2 for the Ségur Numérique funding (MSS operators).
It will now be checked; you will receive a mail when it is validated.

The ASP</source>
        <translation>Bonjour,

L&apos;ASP a bien reçu la demande d&apos;enrôlement %1 de %2 au financement Ségur Numérique (opérateurs MSS).
Elle va maintenant être instruite ; vous recevrez un courriel lors de sa validation.

L&apos;ASP</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ségur Numérique: your enrollment request %1 is validated</source>
        <translation>Ségur Numérique : votre demande d&apos;enrôlement %1 est validée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello,

The ASP has validated the enrollment request %1 of %2.
You can now log in to the portal and file your advance request.

The ASP</source>
        <translation>Bonjour,

L&apos;ASP a validé la demande d&apos;enrôlement %1 de %2.
Vous pouvez désormais vous connecter au portail et déposer votre demande d&apos;avance.

L&apos;ASP</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ségur Numérique: your enrollment request %1 is rejected</source>
        <translation>Ségur Numérique : votre demande d&apos;enrôlement %1 est rejetée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ségur Numérique: your enrollment request %1 must be completed</source>
        <translation>Ségur Numérique : votre demande d&apos;enrôlement %1 est à compléter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello,

The ASP has rejected the enrollment request %1 of %2.
</source>
        <translation>Bonjour,

L&apos;ASP a rejeté la demande d&apos;enrôlement %1 de %2.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello,

The enrollment request %1 of %2 is incomplete: please file a complete request.
</source>
        <translation>Bonjour,

La demande d&apos;enrôlement %1 de %2 est incomplète : merci de déposer une demande complète.
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason: %1
</source>
        <translation>Motif : %1
</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>
The ASP</source>
        <translation>
L&apos;ASP</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ségur Numérique: access opened for %1</source>
        <translation>Ségur Numérique : ouverture des accès pour %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello,

You already have an ASP Connect account (login %1): the dossier %2 has been added to it.

The ASP</source>
        <translation>Bonjour,

Vous avez déjà un compte ASP Connect (identifiant %1) : le dossier %2 y a été ajouté.

L&apos;ASP</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ségur Numérique: your login details</source>
        <translation>Ségur Numérique : vos identifiants de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello,

An ASP Connect account has been created for you.

Login: %1
Initial password: %2

You will have to change this password at your first login.

The ASP</source>
        <translation>Bonjour,

Un compte ASP Connect a été créé pour vous.

Identifiant : %1
Mot de passe initial : %2

Vous devrez changer ce mot de passe lors de votre première connexion.

L&apos;ASP</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ségur Numérique: decision on your advance request %1</source>
        <translation>Ségur Numérique : décision sur votre demande d&apos;avance %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hello,

Your advance request %1 (enrollment %2) is decided: %3 € excluding VAT, %4 € including VAT. The decision letter is available on the portal. The payment to the account %5 follows.

The ASP</source>
        <translation>Bonjour,

Votre demande d&apos;avance %1 (enrôlement %2) est décidée : %3 € HT, %4 € TTC. La décision d&apos;attribution est disponible sur le portail. Le paiement sur le compte %5 va suivre.

L&apos;ASP</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../app/settings/Preferences.cpp" line="+40"/>
        <source>Your settings could not be written to %1.</source>
        <translation>Vos préférences n&apos;ont pas pu être écrites dans %1.</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../sandbox/http/Problem.cpp" line="+40"/>
        <source>The request is malformed</source>
        <translation>La requête est mal formée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Idempotency-Key header is missing or invalid</source>
        <translation>L&apos;en-tête Idempotency-Key est absent ou invalide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This Idempotency-Key was used for another request</source>
        <translation>Cette Idempotency-Key a servi pour une autre requête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same request is still being processed</source>
        <translation>La même requête est encore en cours de traitement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication required</source>
        <translation>Authentification requise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incorrect login or password</source>
        <translation>Identifiant ou mot de passe incorrect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many failed attempts: login temporarily locked</source>
        <translation>Trop de tentatives échouées : identifiant temporairement bloqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You must change your password first</source>
        <translation>Vous devez d&apos;abord changer votre mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You must choose your secret question first</source>
        <translation>Vous devez d&apos;abord choisir votre question secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call for applications is closed</source>
        <translation>L&apos;appel à financement est clos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource not found</source>
        <translation>Ressource introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method not allowed on this resource</source>
        <translation>Méthode non autorisée sur cette ressource</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An advance was already requested for this enrollment</source>
        <translation>Une avance a déjà été demandée pour cet enrôlement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The enrollment is not validated</source>
        <translation>L&apos;enrôlement n&apos;est pas validé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The enrollment was already decided</source>
        <translation>L&apos;enrôlement a déjà été instruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File too large</source>
        <translation>Fichier trop volumineux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File type not accepted</source>
        <translation>Type de fichier non accepté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some fields are invalid</source>
        <translation>Certains champs sont invalides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal error of the portal</source>
        <translation>Erreur interne du portail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal is temporarily unavailable</source>
        <translation>Le portail est momentanément indisponible</translation>
    </message>
</context>
<context>
    <name>PublicRoutes</name>
    <message>
        <location filename="../sandbox/api/PublicRoutes.cpp" line="+100"/>
        <source>No MSS solution is referenced under this number. Check the number on your ANS referencing certificate.</source>
        <translation>Aucune solution MSS n&apos;est référencée sous ce numéro. Vérifiez le numéro sur votre certificat de référencement ANS.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The captcha has expired: ask for a new one.</source>
        <translation>Le captcha a expiré : demandez-en un nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The captcha code is wrong or was already used: type the code of a new image.</source>
        <translation>Le code captcha est incorrect ou a déjà servi : saisissez le code d&apos;une nouvelle image.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No establishment is registered under this SIRET.</source>
        <translation>Aucun établissement n&apos;est enregistré sous ce SIRET.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This bank is not in the directory.</source>
        <translation>Cette banque ne figure pas dans l&apos;annuaire.</translation>
    </message>
</context>
<context>
    <name>RecapDocument</name>
    <message>
        <location filename="../app/enrollment/RecapDocument.cpp" line="+47"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity document</source>
        <translation>Pièce d&apos;identité</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Step %1: %2</source>
        <translation>Étape %1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ANS referencing number</source>
        <translation>Numéro de référencement ANS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSR</source>
        <translation>DSR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MSS solution</source>
        <translation>Solution de MSS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Developer operator</source>
        <translation>Opérateur développeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>referencing</source>
        <translation>référencement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company name</source>
        <translation>Dénomination sociale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade name</source>
        <translation>Nom commercial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed by the legal representative</source>
        <translation>Déposée par le représentant légal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capacity as third-party filer</source>
        <translation>Qualité de tiers déclarant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>applicant</source>
        <translation>demandeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account holder</source>
        <translation>Titulaire du compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domiciliation</source>
        <translation>Domiciliation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bank details</source>
        <translation>coordonnées bancaires</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an acknowledgement of receipt, now;</source>
        <translation>un accusé de réception, dès maintenant ;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the validation of the enrollment by the ASP;</source>
        <translation>la validation de l&apos;enrôlement par l&apos;ASP ;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your credentials for the portal: a login and an initial password, or, if you already have an ASP Connect account, the access opened on it.</source>
        <translation>vos accès au portail : un identifiant et un mot de passe initial ou, si vous avez déjà un compte ASP Connect, l&apos;accès ouvert sur ce compte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dossier number: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Numéro de dossier : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on %1</source>
        <translation>Reçue le %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal sends three mails to the representative&apos;s address:</source>
        <translation>Le portail envoie trois courriels à l&apos;adresse du représentant légal :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enrollment request received by the ASP portal</source>
        <translation>Demande d&apos;enrôlement reçue par le portail de l&apos;ASP</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enrollment request — Ségur Desk</source>
        <translation>Demande d&apos;enrôlement — Ségur Desk</translation>
    </message>
</context>
<context>
    <name>SandboxConfig</name>
    <message>
        <location filename="../sandbox/SandboxConfig.cpp" line="+18"/>
        <source>Cannot read the configuration %1: %2</source>
        <translation>Impossible de lire la configuration %1 : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The configuration %1 is not a JSON object: %2</source>
        <translation>La configuration %1 n&apos;est pas un objet JSON : %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>call.opens_at and call.closes_at must be RFC 3339 times.</source>
        <translation>call.opens_at et call.closes_at doivent être des dates RFC 3339.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>upload.max_bytes must be positive and at most upload.max_request_bytes.</source>
        <translation>upload.max_bytes doit être positif et au plus égal à upload.max_request_bytes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown fault kind: use close_after_commit, error_500, error_503 or stall.</source>
        <translation>Type de panne inconnu : utilisez close_after_commit, error_500, error_503 ou stall.</translation>
    </message>
</context>
<context>
    <name>SandboxDatabase</name>
    <message>
        <location filename="../sandbox/store/SandboxDatabase.cpp" line="+83"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot create the schema: %1</source>
        <translation>Impossible de créer le schéma : %1</translation>
    </message>
</context>
<context>
    <name>SandboxOptions</name>
    <message>
        <location filename="../sandbox/SandboxOptions.cpp" line="+14"/>
        <source>Local implementation of the Ségur Numérique portal API.</source>
        <translation>Implémentation locale de l&apos;API du portail Ségur Numérique.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data folder.</source>
        <translation>Dossier des données.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address and port (port 0: any free port).</source>
        <translation>Adresse et port (port 0 : un port libre quelconque).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON configuration file.</source>
        <translation>Fichier de configuration JSON.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create demonstration dossiers.</source>
        <translation>Créer des dossiers de démonstration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable the /sandbox endpoints.</source>
        <translation>Activer les points d&apos;accès /sandbox.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fixed answer of every captcha.</source>
        <translation>Réponse fixe de tous les captchas.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Invalid --listen value &quot;%1&quot;: use ADDRESS:PORT.</source>
        <translation>Valeur de --listen invalide « %1 » : utilisez ADRESSE:PORT.</translation>
    </message>
</context>
<context>
    <name>SandboxServices</name>
    <message>
        <location filename="../sandbox/SandboxServices.cpp" line="+19"/>
        <source>Cannot create the data folder %1</source>
        <translation>Impossible de créer le dossier des données %1</translation>
    </message>
</context>
<context>
    <name>SaveInBackground</name>
    <message>
        <location filename="../app/widgets/SaveInBackground.cpp" line="+19"/>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../core/model/Status.cpp" line="+19"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Déposée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validated</source>
        <translation>Validée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To be completed</source>
        <translation>À compléter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Decided</source>
        <translation>Décidée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment in progress</source>
        <translation>Mise en paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <location filename="../core/storage/StorageError.cpp" line="+11"/>
        <source>This draft no longer exists.</source>
        <translation>Ce brouillon n’existe plus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This draft is damaged (altered, truncated or encrypted with another key) and cannot be opened.</source>
        <translation>Ce brouillon est endommagé (modifié, tronqué ou chiffré avec une autre clé) et ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This draft was saved by a newer version of Ségur Desk.</source>
        <translation>Ce brouillon a été enregistré par une version plus récente de Ségur Desk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The draft could not be read from the disk.</source>
        <translation>Le brouillon n’a pas pu être lu sur le disque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The draft could not be saved to the disk. Check the free space and try again.</source>
        <translation>Le brouillon n’a pas pu être enregistré sur le disque. Vérifiez l’espace libre et réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local database could not be read or written.</source>
        <translation>La base de données locale n’a pas pu être lue ou écrite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This dossier has been sent to the portal and can no longer be changed.</source>
        <translation>Ce dossier a été envoyé au portail et ne peut plus être modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to attach cannot be read.</source>
        <translation>Le fichier à joindre est illisible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A submission of this dossier is still waiting for the portal&apos;s answer.</source>
        <translation>Un envoi de ce dossier attend encore la réponse du portail.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This dossier has already been submitted.</source>
        <translation>Ce dossier a déjà été déposé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal refused this dossier: correct it before submitting it again.</source>
        <translation>Le portail a refusé ce dossier : corrigez-le avant de le déposer à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This submission is unknown.</source>
        <translation>Cet envoi est inconnu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This operation is not possible in the dossier&apos;s current state.</source>
        <translation>Cette opération n’est pas possible dans l’état actuel du dossier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another Ségur Desk window or command is using your drafts and submissions: try again once it has finished.</source>
        <translation>Une autre fenêtre ou commande Ségur Desk utilise vos brouillons et vos envois : réessayez quand elle aura terminé.</translation>
    </message>
</context>
<context>
    <name>TemplateDocuments</name>
    <message>
        <location filename="../sandbox/services/TemplateDocuments.cpp" line="+17"/>
        <source>Model service contract</source>
        <translation>Modèle de contrat de prestation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model mandate of the legal representative</source>
        <translation>Modèle de mandat du représentant légal</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ségur Numérique funding — MSS operators</source>
        <translation>Financement Ségur Numérique — opérateurs MSS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Between the company below, represented by its legal representative, and the management centre or chartered accountant below, it is agreed that the latter files, in the company&apos;s name, its enrollment and funding requests on the ASP&apos;s Ségur Numérique portal.</source>
        <translation>Entre la société ci-dessous, représentée par son représentant légal, et le centre de gestion ou l&apos;expert-comptable ci-dessous, il est convenu que ce dernier dépose, au nom de la société, ses demandes d&apos;enrôlement et de financement sur le portail Ségur Numérique de l&apos;ASP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Company (name, SIRET)</source>
        <translation>Société (dénomination, SIRET)</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>Legal representative</source>
        <translation>Représentant légal</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Service provider (name, SIRET)</source>
        <translation>Prestataire (dénomination, SIRET)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I, the undersigned legal representative of the company below, give my employee named below the mandate to file, in the company&apos;s name, its enrollment and funding requests on the ASP&apos;s Ségur Numérique portal.</source>
        <translation>Je soussigné(e), représentant légal de la société ci-dessous, donne mandat à mon employé(e) désigné(e) ci-dessous pour déposer, au nom de la société, ses demandes d&apos;enrôlement et de financement sur le portail Ségur Numérique de l&apos;ASP.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Employee given the mandate</source>
        <translation>Employé(e) mandaté(e)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done at</source>
        <translation>Fait à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
</context>
<context>
    <name>ThirdPartyRole</name>
    <message>
        <location filename="../core/model/ThirdPartyRole.cpp" line="+18"/>
        <source>Management centre, chartered accountant…</source>
        <translation>Centre de gestion, expert-comptable…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee of the legal entity</source>
        <translation>Employé de la personne morale</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../core/validation/Bic.cpp" line="+30"/>
        <source>A BIC has 8 or 11 characters.</source>
        <translation>Un BIC compte 8 ou 11 caractères.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A BIC contains only letters and digits.</source>
        <translation>Un BIC ne contient que des lettres et des chiffres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the BIC.</source>
        <translation>Saisissez le BIC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A BIC has 8 or 11 characters; this one has %1.</source>
        <translation>Un BIC compte 8 ou 11 caractères ; celui-ci en compte %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Characters 5 and 6 of a BIC are the country code, in letters.</source>
        <translation>Les caractères 5 et 6 d’un BIC sont le code du pays, en lettres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; in the BIC is not a country code.</source>
        <translation>« %1 » dans le BIC n’est pas un code de pays.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The BIC is from country %1 but the IBAN from %2: check that they belong to the same account.</source>
        <translation>Le BIC est du pays %1 mais l’IBAN du pays %2 : vérifiez qu’ils désignent le même compte.</translation>
    </message>
    <message>
        <location filename="../core/validation/Email.cpp" line="+71"/>
        <location line="+7"/>
        <source>An e-mail address has at most 254 characters.</source>
        <translation>Une adresse e-mail compte au plus 254 caractères.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Enter the e-mail address.</source>
        <translation>Saisissez l’adresse e-mail.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An e-mail address looks like name@example.fr: the @ is missing.</source>
        <translation>Une adresse e-mail a la forme nom@exemple.fr : il manque le @.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The part before the @ may contain letters, digits, single dots and the characters !#$%&amp;&apos;*+-/=?^_`{|}~, at most 64 of them.</source>
        <translation>La partie avant le @ peut contenir des lettres, des chiffres, des points isolés et les caractères !#$%&amp;&apos;*+-/=?^_`{|}~, 64 au plus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The part after the @ must be a domain name such as example.fr.</source>
        <translation>La partie après le @ doit être un nom de domaine comme exemple.fr.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The confirmation does not match the e-mail address.</source>
        <translation>La confirmation ne correspond pas à l’adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../core/validation/Iban.cpp" line="+162"/>
        <source>The IBAN is far too long.</source>
        <translation>L’IBAN est beaucoup trop long.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An IBAN contains only letters and digits (spaces are allowed between groups).</source>
        <translation>Un IBAN ne contient que des lettres et des chiffres (les espaces entre les groupes sont admises).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An IBAN has at most 34 characters.</source>
        <translation>Un IBAN compte au plus 34 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the IBAN.</source>
        <translation>Saisissez l’IBAN.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The IBAN must start with the code of a country that uses IBANs (FR for France).</source>
        <translation>L’IBAN doit commencer par le code d’un pays qui utilise l’IBAN (FR pour la France).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An IBAN from %1 has %2 characters; this one has %3.</source>
        <translation>Un IBAN de %1 compte %2 caractères ; celui-ci en compte %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The IBAN does not follow the format of %1 bank accounts.</source>
        <translation>L’IBAN ne suit pas le format des comptes bancaires de %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The IBAN check digits are wrong: check every character.</source>
        <translation>La clé de contrôle de l’IBAN est fausse : vérifiez chaque caractère.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The RIB key (last two digits) does not match the bank, branch and account numbers.</source>
        <translation>La clé RIB (les deux derniers chiffres) ne correspond pas aux codes banque, guichet et numéro de compte.</translation>
    </message>
    <message>
        <location filename="../core/validation/MailboxCount.cpp" line="+14"/>
        <source>A number of mailboxes is at most %1.</source>
        <translation>Un nombre de boîtes aux lettres vaut au plus %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the number of mailboxes (0 if none).</source>
        <translation>Saisissez le nombre de boîtes aux lettres (0 s’il n’y en a aucune).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A number of mailboxes cannot be negative.</source>
        <translation>Un nombre de boîtes aux lettres ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a whole number of mailboxes, in digits only.</source>
        <translation>Saisissez un nombre entier de boîtes aux lettres, en chiffres uniquement.</translation>
    </message>
    <message>
        <location filename="../core/validation/PersonName.cpp" line="+25"/>
        <location line="+6"/>
        <source>A name has at most 100 characters.</source>
        <translation>Un nom compte au plus 100 caractères.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Enter the name.</source>
        <translation>Saisissez le nom.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+13"/>
        <source>A name starts with a letter and has a single space, hyphen or apostrophe between its parts.</source>
        <translation>Un nom commence par une lettre et n’a qu’une espace, un trait d’union ou une apostrophe entre ses parties.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>A name contains only letters, spaces, hyphens and apostrophes.</source>
        <translation>Un nom ne contient que des lettres, des espaces, des traits d’union et des apostrophes.</translation>
    </message>
    <message>
        <location filename="../core/validation/Phone.cpp" line="+28"/>
        <source>Enter the telephone number.</source>
        <translation>Saisissez le numéro de téléphone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This telephone number is far too long.</source>
        <translation>Ce numéro de téléphone est beaucoup trop long.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a telephone number: write it like 06 12 34 56 78 or, outside France, with + and the country code.</source>
        <translation>Ce n’est pas un numéro de téléphone : écrivez-le comme 06 12 34 56 78 ou, hors de France, avec + et l’indicatif du pays.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This number does not exist in the numbering plan of its country: check the digits and the country code.</source>
        <translation>Ce numéro n’existe pas dans le plan de numérotation de son pays : vérifiez les chiffres et l’indicatif.</translation>
    </message>
    <message>
        <location filename="../core/validation/Siret.cpp" line="+25"/>
        <source>The SIREN check digit is wrong: check the first nine digits.</source>
        <translation>La clé du SIREN est fausse : vérifiez les neuf premiers chiffres.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A SIREN has 9 digits.</source>
        <translation>Un SIREN compte 9 chiffres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the SIREN.</source>
        <translation>Saisissez le SIREN.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A SIREN contains only digits.</source>
        <translation>Un SIREN ne contient que des chiffres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A SIREN has 9 digits; this one has %1.</source>
        <translation>Un SIREN compte 9 chiffres ; celui-ci en compte %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A SIRET has 14 digits.</source>
        <translation>Un SIRET compte 14 chiffres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the SIRET.</source>
        <translation>Saisissez le SIRET.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A SIRET contains only digits.</source>
        <translation>Un SIRET ne contient que des chiffres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A SIRET has 14 digits; this one has %1.</source>
        <translation>Un SIRET compte 14 chiffres ; celui-ci en compte %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SIRET check digit is wrong: check the fourteen digits.</source>
        <translation>La clé du SIRET est fausse : vérifiez les quatorze chiffres.</translation>
    </message>
    <message>
        <location filename="../core/validation/VatNumber.cpp" line="+30"/>
        <source>A French VAT number is FR, a two-character key, then the nine digits of the SIREN.</source>
        <translation>Un numéro de TVA français se compose de FR, d’une clé de deux caractères, puis des neuf chiffres du SIREN.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A French VAT number has 13 characters.</source>
        <translation>Un numéro de TVA français compte 13 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the VAT number.</source>
        <translation>Saisissez le numéro de TVA.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A French VAT number starts with FR.</source>
        <translation>Un numéro de TVA français commence par FR.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A French VAT number has 13 characters (FR, a two-character key and the nine digits of the SIREN); this one has %1.</source>
        <translation>Un numéro de TVA français compte 13 caractères (FR, une clé de deux caractères et les neuf chiffres du SIREN) ; celui-ci en compte %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The SIREN in the VAT number is not valid: check its nine digits.</source>
        <translation>Le SIREN contenu dans le numéro de TVA n’est pas valide : vérifiez ses neuf chiffres.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The VAT key (the two characters after FR) does not match the SIREN.</source>
        <translation>La clé de TVA (les deux caractères après FR) ne correspond pas au SIREN.</translation>
    </message>
    <message>
        <location filename="../core/validation/AccountSecrets.cpp" line="+43"/>
        <source>The question must have between 5 and 200 characters.</source>
        <translation>La question doit compter entre 5 et 200 caractères.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The answer must have between 2 and 200 characters.</source>
        <translation>La réponse doit compter entre 2 et 200 caractères.</translation>
    </message>
</context>
<context>
    <name>VatRate</name>
    <message>
        <location filename="../core/model/VatRate.cpp" line="+74"/>
        <source>Not subject to VAT (excl. VAT)</source>
        <translation>Non assujetti (HT)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../cli/CommandRegistry.cpp" line="+51"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: segurdesk-cli [--lang fr|en] [--verbose] COMMAND [ARGUMENTS]</source>
        <translation>Usage : segurdesk-cli [--lang fr|en] [--verbose] COMMANDE [ARGUMENTS]</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="+65"/>
        <source>Unknown language &quot;%1&quot;: use fr or en.</source>
        <translation>Langue inconnue « %1 » : utilisez fr ou en.</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="+53"/>
        <source>--max-bytes needs a number of bytes.</source>
        <translation>--max-bytes attend un nombre d&apos;octets.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid --max-bytes &quot;%1&quot;: give a whole number of bytes greater than zero.</source>
        <translation>--max-bytes « %1 » invalide : indiquez un nombre entier d&apos;octets supérieur à zéro.</translation>
    </message>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="+59"/>
        <location line="+5"/>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>Impossible de lire « %1 » : %2.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--file needs the path of a file with one value per line.</source>
        <translation>--file attend le chemin d’un fichier contenant une valeur par ligne.</translation>
    </message>
    <message>
        <location filename="../cli/AdvanceCommand.cpp" line="+47"/>
        <source>advance --login ID ENROLLMENT_ID --current A,O,P --estimated A,O,P   request the advance
  advance --forecast --estimated A,O,P [--vat RATE]   forecast the funding from the portal&apos;s rule</source>
        <translation>advance --login IDENTIFIANT ID_ENRÔLEMENT --current A,O,P --estimated A,O,P   demander l&apos;avance
  advance --forecast --estimated A,O,P [--vat TAUX]   prévoir le financement selon la règle du portail</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--estimated A,O,P is required (three mailbox counts).</source>
        <translation>--estimated A,O,P est obligatoire (trois nombres de BAL).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A forecast takes only --estimated and --vat.</source>
        <translation>Une prévision ne prend que --estimated et --vat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An advance request takes --current and --estimated; the portal applies the enrollment&apos;s VAT.</source>
        <translation>Une demande d&apos;avance prend --current et --estimated ; le portail applique la TVA de l&apos;enrôlement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mailbox counts are three whole numbers from 0 to 10000000 separated by commas: A,O,P.</source>
        <translation>Les nombres de BAL sont trois entiers de 0 à 10000000 séparés par des virgules : A,O,P.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../cli/CheckCommand.cpp" line="+11"/>
        <location filename="../cli/InspectCommand.cpp" line="+8"/>
        <location filename="../cli/SubmitCommand.cpp" line="+89"/>
        <location filename="../cli/ValidateCommand.cpp" line="+36"/>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Option inconnue « %1 ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give exactly one enrollment id (see status).</source>
        <translation>Donnez exactement un id d&apos;enrôlement (voir status).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Advance request %1 for enrollment %2: %3.</source>
        <translation>Demande d&apos;avance %1 pour l&apos;enrôlement %2 : %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+65"/>
        <source>Amount excl. VAT: %1</source>
        <translation>Montant HT : %1</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+66"/>
        <source>Amount incl. VAT (%1): %2</source>
        <translation>Montant TTC (%1) : %2</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Decision document: %1 (%2), download it with: segurdesk-cli document --login %3 %1 -o FILE</source>
        <translation>Document de décision : %1 (%2), à télécharger avec : segurdesk-cli document --login %3 %1 -o FICHIER</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mail sent: %1</source>
        <translation>Courriel envoyé : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mailbox counts are three whole numbers from 0 to 10000000 separated by commas: A,O,P; the VAT rate is 20, 10, 8.5, 5.5, 2.1 or exempt.</source>
        <translation>Les nombres de BAL sont trois entiers de 0 à 10000000 séparés par des virgules : A,O,P ; le taux de TVA est 20, 10, 8.5, 5.5, 2.1 ou exempt.</translation>
    </message>
    <message>
        <location filename="../cli/AccountSession.cpp" line="+61"/>
        <location filename="../cli/AdvanceCommand.cpp" line="+11"/>
        <location filename="../cli/MailsCommand.cpp" line="+93"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
    <message>
        <location filename="../cli/AdvanceCommand.cpp" line="+17"/>
        <source>The portal accepts these VAT rates: %1.</source>
        <translation>Le portail accepte ces taux de TVA : %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forecast for %1 applicative, %2 organizational and %3 personal mailboxes:</source>
        <translation>Prévision pour %1 BAL applicatives, %2 organisationnelles et %3 personnelles :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Of which the advance (fixed part): %1; cap: %2</source>
        <translation>Dont l&apos;avance (montant fixe) : %1 ; plafond : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A forecast computed here; the portal decides the amounts.</source>
        <translation>Prévision calculée sur ce poste ; le portail décide des montants.</translation>
    </message>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="+8"/>
        <source>Unknown kind &quot;%1&quot;: use one of %2.</source>
        <translation>Type « %1 » inconnu : utilisez l’un de %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Say what to check: one of %1.</source>
        <translation>Indiquez ce qu’il faut vérifier : l’un de %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No value to check: give values or --file.</source>
        <translation>Aucune valeur à vérifier : donnez des valeurs ou --file.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>check KIND VALUE... | --file F [--json]   check identifiers; KIND: %1</source>
        <translation>check TYPE VALEUR... | --file F [--json]   vérifier des identifiants ; TYPE : %1</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="+5"/>
        <source>No file to inspect.</source>
        <translation>Aucun fichier à inspecter.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pages: %1</source>
        <translation>pages : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>inspect FILE... [--json] [--max-bytes N]   check attachments: type, size, integrity, SHA-256</source>
        <translation>inspect FICHIER... [--json] [--max-bytes N]   vérifier des pièces jointes : type, taille, intégrité, SHA-256</translation>
    </message>
    <message>
        <location filename="../cli/DraftCommand.cpp" line="+27"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>being submitted</source>
        <translation>en cours d&apos;envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>submitted</source>
        <translation>déposé</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>draft new [DOSSIER.json] | list [--json] | show ID [--json] | attach ID FIELD FILE | set ID FIELD VALUE | rm ID   keep dossiers as encrypted drafts</source>
        <translation>draft new [DOSSIER.json] | list [--json] | show ID [--json] | attach ID CHAMP FICHIER | set ID CHAMP VALEUR | rm ID   conserver des dossiers en brouillons chiffrés</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unknown draft action &quot;%1&quot;.</source>
        <translation>Action de brouillon inconnue « %1 ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong number of arguments for &quot;draft %1&quot;.</source>
        <translation>Nombre d&apos;arguments incorrect pour « draft %1 ».</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+97"/>
        <source>Nothing was stored.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>damaged</source>
        <translation>endommagé</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Some drafts are damaged and cannot be opened.</source>
        <translation>Certains brouillons sont endommagés et ne peuvent pas être ouverts.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Draft %1 (%2)</source>
        <translation>Brouillon %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dossier number %1, received %2</source>
        <translation>Dossier n° %1, reçu le %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Still to complete or correct:</source>
        <translation>Reste à compléter ou à corriger :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown document &quot;%1&quot;: use one of %2.</source>
        <translation>Pièce inconnue « %1 » : utilisez l&apos;une de celles-ci : %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 attached to draft %2.</source>
        <translation>%1 jointe au brouillon %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 saved.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Draft %1 is being submitted: it is removed once the portal has answered.</source>
        <translation>Le brouillon %1 est en cours d&apos;envoi : il pourra être supprimé une fois la réponse du portail reçue.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draft %1 removed.</source>
        <translation>Brouillon %1 supprimé.</translation>
    </message>
    <message>
        <location filename="../cli/DraftFieldSetter.cpp" line="+61"/>
        <source>&quot;%1&quot; is not a field you can set (documents are attached with &quot;draft attach&quot;).</source>
        <translation>« %1 » n&apos;est pas un champ modifiable (les pièces se joignent avec « draft attach »).</translation>
    </message>
    <message>
        <location filename="../cli/FieldErrorText.cpp" line="+17"/>
        <source>warning: </source>
        <translation>avertissement : </translation>
    </message>
    <message>
        <location filename="../cli/OpenLocalData.cpp" line="+30"/>
        <source>Your drafts are protected by a passphrase: set it in the SEGURDESK_PASSPHRASE environment variable.</source>
        <translation>Vos brouillons sont protégés par une phrase secrète : indiquez-la dans la variable d&apos;environnement SEGURDESK_PASSPHRASE.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Without a keychain, choose a passphrase for your drafts and set it in the SEGURDESK_PASSPHRASE environment variable.</source>
        <translation>Sans trousseau de clés, choisissez une phrase secrète pour vos brouillons et indiquez-la dans la variable d&apos;environnement SEGURDESK_PASSPHRASE.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Waiting for %1, which is using your Ségur Desk data…</source>
        <translation>En attente de %1, qui utilise vos données Ségur Desk…</translation>
    </message>
    <message>
        <location filename="../cli/ValidateCommand.cpp" line="-15"/>
        <source>validate DOSSIER.json... [--json]   check dossier files and their documents</source>
        <translation>validate DOSSIER.json... [--json]   vérifier des fichiers de dossier et leurs pièces</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Give at least one dossier file.</source>
        <translation>Indiquez au moins un fichier de dossier.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 dossier(s) checked: %2 valid, %3 with errors.</source>
        <translation>%1 dossier(s) vérifié(s) : %2 valide(s), %3 avec des erreurs.</translation>
    </message>
    <message>
        <location filename="../cli/PortalSession.cpp" line="+47"/>
        <source>--portal needs the portal&apos;s address (https://...) and --timeout a number of seconds.</source>
        <translation>--portal attend l&apos;adresse du portail (https://...) et --timeout un nombre de secondes.</translation>
    </message>
    <message>
        <location filename="../cli/SubmitBatch.cpp" line="+57"/>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already sent</source>
        <translation>déjà envoyé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Not sent: the portal refused the code given with --captcha.</source>
        <translation>Non envoyé : le portail a refusé le code donné avec --captcha.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal refused the captcha code given with --captcha: run the command again without --captcha to type the code of each image. Nothing was lost: the dossier will be sent first.</source>
        <translation>Le portail a refusé le code captcha donné avec --captcha : relancez la commande sans --captcha pour saisir le code de chaque image. Rien n&apos;est perdu : ce dossier sera envoyé en premier.</translation>
    </message>
    <message>
        <location filename="../cli/SubmitCommand.cpp" line="-68"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier number or error</source>
        <translation>Numéro de dossier ou erreur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (received %2)</source>
        <translation>%1 (reçu le %2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>submit [--captcha CODE] [--json] DOSSIER.json|DRAFT_ID...   send dossiers exactly once</source>
        <translation>submit [--captcha CODE] [--json] DOSSIER.json|ID_BROUILLON...   envoyer des dossiers une seule fois</translation>
    </message>
    <message>
        <location filename="../cli/SubmitBatch.cpp" line="-80"/>
        <source>draft %1</source>
        <translation>brouillon %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resuming</source>
        <translation>reprise</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>checking</source>
        <translation>vérification</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 error(s), nothing sent</source>
        <translation>%1 erreur(s), rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>sending</source>
        <translation>envoi</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>The captcha image cannot be written to %1.</source>
        <translation>L&apos;image du captcha ne peut pas être écrite dans %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Captcha image: %1 — type its code: </source>
        <translation>Image du captcha : %1 — saisissez son code : </translation>
    </message>
    <message>
        <location filename="../cli/AccountSession.cpp" line="-36"/>
        <source>Secret question</source>
        <translation>Question secrète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This command needs your portal login: --login ID (the password is read from stdin or from SEGURDESK_PASSWORD).</source>
        <translation>Cette commande demande votre identifiant du portail : --login IDENTIFIANT (le mot de passe est lu sur l&apos;entrée standard ou dans SEGURDESK_PASSWORD).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Password for %1: </source>
        <translation>Mot de passe de %1 : </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password: give it on the first line of stdin or in the SEGURDESK_PASSWORD environment variable.</source>
        <translation>Aucun mot de passe : donnez-le sur la première ligne de l&apos;entrée standard ou dans la variable d&apos;environnement SEGURDESK_PASSWORD.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The portal requires a new password before anything else: run segurdesk-cli password --login %1.</source>
        <translation>Le portail exige un nouveau mot de passe avant toute autre opération : lancez segurdesk-cli password --login %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The portal requires your secret question before anything else: run segurdesk-cli secret-question --login %1 --question &quot;...&quot;.</source>
        <translation>Le portail demande d&apos;abord votre question secrète : lancez segurdesk-cli secret-question --login %1 --question &quot;...&quot;.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Portal: %1</source>
        <translation>Portail : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request id (for the support desk): %1</source>
        <translation>Identifiant de la requête (pour l&apos;assistance) : %1</translation>
    </message>
    <message>
        <location filename="../cli/DocumentCommand.cpp" line="+22"/>
        <source>document --login ID DOCUMENT_ID -o FILE [--force]   download a document (e.g. the decision letter)</source>
        <translation>document --login IDENTIFIANT ID_DOCUMENT -o FICHIER [--force]   télécharger un document (par exemple la lettre de décision)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give one document id and -o FILE.</source>
        <translation>Donnez un id de document et -o FICHIER.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already exists: add --force to replace it.</source>
        <translation>%1 existe déjà : ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 saved to %2 (%3, %4 bytes).</source>
        <translation>%1 enregistré dans %2 (%3, %4 octets).</translation>
    </message>
    <message>
        <location filename="../cli/LoginCommand.cpp" line="+19"/>
        <source>login --login ID   check your portal login (password on stdin or in SEGURDESK_PASSWORD)</source>
        <translation>login --login IDENTIFIANT   vérifier votre connexion au portail (mot de passe sur l&apos;entrée standard ou dans SEGURDESK_PASSWORD)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Logged in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account: %1 &lt;%2&gt;</source>
        <translation>Compte : %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session valid until %1 (in this command only).</source>
        <translation>Session valable jusqu&apos;au %1 (pour cette commande seulement).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secret question: set.</source>
        <translation>Question secrète : définie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret question: not set yet.</source>
        <translation>Question secrète : pas encore définie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal requires you to change your password: run segurdesk-cli password --login %1.</source>
        <translation>Le portail exige que vous changiez votre mot de passe : lancez segurdesk-cli password --login %1.</translation>
    </message>
    <message>
        <location filename="../cli/MailsCommand.cpp" line="-56"/>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To: %1</source>
        <translation>À : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent: %1</source>
        <translation>Envoyé le : %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Mails (%1)</source>
        <translation>Courriels (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>mails --login ID [--json] [MAIL_ID]   read the mails the portal sent you, or one of them</source>
        <translation>mails --login IDENTIFIANT [--json] [ID_COURRIEL]   lire les courriels que le portail vous a envoyés, ou l&apos;un d&apos;eux</translation>
    </message>
    <message>
        <location filename="../cli/AccountSession.cpp" line="-118"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <location filename="../cli/PasswordCommand.cpp" line="+19"/>
        <source>password --login ID [--new-password-stdin]   change your portal password (current, then new, on stdin)</source>
        <translation>password --login IDENTIFIANT [--new-password-stdin]   changer votre mot de passe du portail (l&apos;actuel puis le nouveau, sur l&apos;entrée standard)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New password: </source>
        <translation>Nouveau mot de passe : </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No new password: give it on the second line of stdin with --new-password-stdin or in SEGURDESK_NEW_PASSWORD.</source>
        <translation>Aucun nouveau mot de passe : donnez-le sur la deuxième ligne de l&apos;entrée standard avec --new-password-stdin ou dans SEGURDESK_NEW_PASSWORD.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Next step: set your secret question with segurdesk-cli secret-question --login %1 --question &quot;...&quot;.</source>
        <translation>Étape suivante : choisissez votre question secrète avec segurdesk-cli secret-question --login %1 --question &quot;...&quot;.</translation>
    </message>
    <message>
        <location filename="../cli/AccountSession.cpp" line="+111"/>
        <source>%1: %2 [%3]</source>
        <translation>%1 : %2 [%3]</translation>
    </message>
    <message>
        <location filename="../cli/PasswordCommand.cpp" line="-2"/>
        <source>Password changed for %1.</source>
        <translation>Mot de passe changé pour %1.</translation>
    </message>
    <message>
        <location filename="../cli/StatusCommand.cpp" line="+33"/>
        <source>status --login ID [--json]   show your enrollments and advance requests with their history (offline: the last copy)</source>
        <translation>status --login IDENTIFIANT [--json]   afficher vos demandes d&apos;enrôlement et d&apos;avance avec leur historique (hors ligne : la dernière copie)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>No offline data yet: run status once while the portal is reachable.</source>
        <translation>Aucune donnée hors ligne pour l&apos;instant : lancez status une fois quand le portail est joignable.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The portal cannot be reached, and the offline data cannot be read: %1</source>
        <translation>Le portail est injoignable, et les données hors ligne ne peuvent pas être lues : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The portal cannot be reached: showing the offline data of %1.</source>
        <translation>Le portail est injoignable : affichage des données hors ligne du %1.</translation>
    </message>
    <message>
        <location filename="../cli/StatusReport.cpp" line="+39"/>
        <source>  (unreadable entry %1 skipped)</source>
        <translation>  (entrée illisible %1 ignorée)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>OFFLINE DATA: the portal cannot be reached; as of %1.</source>
        <translation>DONNÉES HORS LIGNE : le portail est injoignable ; données du %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrollments (%1)</source>
        <translation>Demandes d&apos;enrôlement (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (SIRET %2), id %3</source>
        <translation>%1 (SIRET %2), id %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Advance requests (%1)</source>
        <translation>Demandes d&apos;avance (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>enrollment %1, %2 excl. VAT, %3 incl. VAT</source>
        <translation>enrôlement %1, %2 HT, %3 TTC</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>document %1: %2</source>
        <translation>document %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payments (%1)</source>
        <translation>Paiements (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 to %2</source>
        <translation>%1 vers %2</translation>
    </message>
    <message>
        <location filename="../cli/SecretQuestionCommand.cpp" line="+19"/>
        <source>secret-question --login ID --question TEXT   set your recovery question (password, then answer, on stdin)</source>
        <translation>secret-question --login IDENTIFIANT --question TEXTE   choisir votre question secrète de récupération (mot de passe, puis réponse, sur l&apos;entrée standard)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give the question to ask you with --question &quot;...&quot;.</source>
        <translation>Indiquez la question à vous poser avec --question &quot;...&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change your initial password first: segurdesk-cli password --login %1.</source>
        <translation>Changez d&apos;abord votre mot de passe initial : segurdesk-cli password --login %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer to your secret question: </source>
        <translation>Réponse à votre question secrète : </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer: give it on the second line of stdin or in SEGURDESK_SECRET_ANSWER.</source>
        <translation>Aucune réponse : donnez-la sur la deuxième ligne de l&apos;entrée standard ou dans SEGURDESK_SECRET_ANSWER.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Secret question set for %1: your dossiers are open.</source>
        <translation>Question secrète enregistrée pour %1 : vos dossiers sont accessibles.</translation>
    </message>
</context>
<context>
    <name>sandbox</name>
    <message>
        <location filename="../sandbox/main.cpp" line="+36"/>
        <source>Cannot listen on %1:%2.</source>
        <translation>Impossible d&apos;écouter sur %1:%2.</translation>
    </message>
</context>
<context>
    <name>segurdesk::MainWindow</name>
    <message>
        <location filename="../forms/window/MainWindow.ui" line="+14"/>
        <source>Ségur Desk</source>
        <translation>Ségur Desk</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Home</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;h1&gt;Ségur Numérique — MSS operators&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Ségur Numérique — opérateurs MSS&lt;/h1&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prepare your enrolment on the ASP portal, request your funding advance and follow your dossiers until payment. Every field and every document is checked before anything is sent, and your drafts are kept safe on this computer.</source>
        <translation>Préparez votre enrôlement sur le portail de l&apos;ASP, demandez votre avance de financement et suivez vos dossiers jusqu&apos;au paiement. Chaque champ et chaque pièce sont vérifiés avant tout envoi, et vos brouillons restent en sécurité sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New enrollment request…</source>
        <translation>Nouvelle demande d&apos;enrôlement…</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+56"/>
        <source>&amp;My dossiers</source>
        <translation>&amp;Mes dossiers</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;New enrollment request…</source>
        <translation>&amp;Nouvelle demande d&apos;enrôlement…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location filename="../app/window/MainWindow.cpp" line="+236"/>
        <source>Starting the portal…</source>
        <translation>Démarrage du portail…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portal: local sandbox (%1)</source>
        <translation>Portail : bac à sable local (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Portal: %1</source>
        <translation>Portail : %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Portal unavailable: %1</source>
        <translation>Portail indisponible : %1</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>The new portal address is used from the next start of Ségur Desk.</source>
        <translation>La nouvelle adresse du portail sera utilisée au prochain démarrage de Ségur Desk.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Another request is open: close it before resuming this draft.</source>
        <translation>Une autre demande est ouverte : fermez-la avant de reprendre ce brouillon.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The draft cannot be opened</source>
        <translation>Le brouillon ne peut pas être ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft could not be read: %1</source>
        <translation>Le brouillon n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&lt;b&gt;Demonstration portal&lt;/b&gt; (%1): nothing sent from here reaches the ASP. Dossiers, mails and payments are simulated on this computer; set the ASP portal&apos;s address to file for real.&lt;br&gt;Its demonstration account, to see a dashboard at once: login &lt;b&gt;%2&lt;/b&gt;, password &lt;b&gt;%3&lt;/b&gt;; and a second one, &lt;b&gt;%4&lt;/b&gt; with the same password, to try changing profile.</source>
        <translation>&lt;b&gt;Portail de démonstration&lt;/b&gt; (%1) : rien de ce qui est envoyé d’ici ne parvient à l’ASP. Dossiers, courriels et paiements sont simulés sur cet ordinateur ; indiquez l’adresse du portail de l’ASP pour un dépôt réel.&lt;br&gt;Son compte de démonstration, pour voir tout de suite un tableau de bord : identifiant &lt;b&gt;%2&lt;/b&gt;, mot de passe &lt;b&gt;%3&lt;/b&gt; ; et un second, &lt;b&gt;%4&lt;/b&gt; avec le même mot de passe, pour essayer le changement de profil.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About Ségur Desk</source>
        <translation>À propos de Ségur Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Ségur Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Enrolment, advance requests and follow-up of MSS operators&apos; dossiers on the ASP Ségur Numérique portal.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ségur Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Enrôlement, demandes d&apos;avance et suivi des dossiers des opérateurs MSS sur le portail Ségur Numérique de l&apos;ASP.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>segurdesk::account::AccountFlow</name>
    <message>
        <location filename="../app/account/AccountFlow.cpp" line="+119"/>
        <source>Your password has been reset: log in with the new one.</source>
        <translation>Votre mot de passe a été réinitialisé : connectez-vous avec le nouveau.</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Your password has been changed. The portal will ask for your secret question at your next login.</source>
        <translation>Votre mot de passe a été changé. Le portail vous demandera votre question secrète à la prochaine connexion.</translation>
    </message>
</context>
<context>
    <name>segurdesk::account::AccountStepDialog</name>
    <message>
        <location filename="../app/account/AccountStepDialog.cpp" line="+49"/>
        <source>The portal is still answering an earlier request: try again in a moment.</source>
        <translation>Le portail traite encore une demande précédente : réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>segurdesk::account::ForgottenLoginDialog</name>
    <message>
        <location filename="../forms/account/ForgottenLoginDialog.ui" line="+6"/>
        <source>Forgotten login</source>
        <translation>Identifiant oublié</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Email address:</source>
        <translation>Adresse &amp;e-mail :</translation>
    </message>
    <message>
        <location filename="../app/account/ForgottenLoginDialog.cpp" line="+42"/>
        <source>Asking the portal…</source>
        <translation>Demande au portail…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>If an account of the portal uses %1, the portal has mailed its login to that address. Look in your mail, then log in with it.</source>
        <translation>Si un compte du portail utilise %1, le portail a envoyé son identifiant à cette adresse. Consultez votre messagerie, puis connectez-vous avec cet identifiant.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the email address given in your enrollment: the portal will mail the login of your account to it.</source>
        <translation>Saisissez l&apos;adresse e-mail indiquée lors de votre enrôlement : le portail y enverra l&apos;identifiant de votre compte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Send my login</source>
        <translation>&amp;Recevoir mon identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>segurdesk::account::LoginDialog</name>
    <message>
        <location filename="../forms/account/LoginDialog.ui" line="+6"/>
        <source>Log in to the portal</source>
        <translation>Connexion au portail</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>I forgot my lo&amp;gin</source>
        <translation>J&apos;ai &amp;oublié mon identifiant</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>I forgot my pass&amp;word</source>
        <translation>J&apos;ai oublié mon mot de &amp;passe</translation>
    </message>
    <message>
        <location filename="../app/account/LoginDialog.cpp" line="+55"/>
        <source>Enter the login and the password the portal gave you.</source>
        <translation>Saisissez l&apos;identifiant et le mot de passe que le portail vous a donnés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logging in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your dossiers are read from the portal with your account&apos;s login and password. The password is not kept on this computer.</source>
        <translation>Vos dossiers sont lus sur le portail avec l&apos;identifiant et le mot de passe de votre compte. Le mot de passe n&apos;est pas conservé sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>segurdesk::account::PasswordChangeDialog</name>
    <message>
        <location filename="../forms/account/PasswordChangeDialog.ui" line="+6"/>
        <source>Change your password</source>
        <translation>Changer votre mot de passe</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Con&amp;firmation:</source>
        <translation>Con&amp;firmation :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Password rules</source>
        <translation>Règles du mot de passe</translation>
    </message>
    <message>
        <location filename="../app/account/PasswordChangeDialog.cpp" line="+44"/>
        <source>Enter your current password: the one the portal mailed you.</source>
        <translation>Saisissez votre mot de passe actuel : celui que le portail vous a envoyé par e-mail.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changing the password…</source>
        <translation>Changement du mot de passe…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The portal asks you to replace the initial password it mailed you before anything else. Choose a password of your own: the rules below tick as you type it.</source>
        <translation>Avant toute chose, le portail vous demande de remplacer le mot de passe initial qu&apos;il vous a envoyé par e-mail. Choisissez votre propre mot de passe : les règles ci-dessous se cochent à mesure que vous le saisissez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change the password</source>
        <translation>&amp;Changer le mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>segurdesk::account::PasswordResetDialog</name>
    <message>
        <location filename="../forms/account/PasswordResetDialog.ui" line="+6"/>
        <source>Reset your password</source>
        <translation>Réinitialiser votre mot de passe</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Code received by &amp;mail:</source>
        <translation>Code reçu par &amp;e-mail :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Answer to your secret question:</source>
        <translation>Ré&amp;ponse à votre question secrète :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Con&amp;firmation:</source>
        <translation>Con&amp;firmation :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Password rules</source>
        <translation>Règles du mot de passe</translation>
    </message>
    <message>
        <location filename="../app/account/PasswordResetDialog.cpp" line="+52"/>
        <source>Enter your login: the code is mailed to the address of its account.</source>
        <translation>Saisissez votre identifiant : le code est envoyé à l&apos;adresse e-mail de ce compte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asking the portal for a code…</source>
        <translation>Demande d&apos;un code au portail…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter your login and the code the portal mailed you (ask for one with &quot;Send me a code&quot;).</source>
        <translation>Saisissez votre identifiant et le code que le portail vous a envoyé par e-mail (demandez-en un avec « Recevoir un code »).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resetting the password…</source>
        <translation>Réinitialisation du mot de passe…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>If %1 is the login of an account, the portal has mailed a code to its address. The mail also gives your secret question.</source>
        <translation>Si %1 est l&apos;identifiant d&apos;un compte, le portail a envoyé un code à son adresse e-mail. Ce message rappelle aussi votre question secrète.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ask the portal for a code: it mails one to the address of your account. Then enter it with the answer to your secret question and your new password.</source>
        <translation>Demandez un code au portail : il l&apos;envoie à l&apos;adresse e-mail de votre compte. Saisissez-le ensuite avec la réponse à votre question secrète et votre nouveau mot de passe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send me a &amp;code</source>
        <translation>Recevoir un &amp;code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset the password</source>
        <translation>&amp;Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>segurdesk::account::PasswordRulesView</name>
    <message>
        <location filename="../app/account/PasswordRulesView.cpp" line="+67"/>
        <source>The new password does not follow every rule of the list yet.</source>
        <translation>Le nouveau mot de passe ne respecte pas encore toutes les règles de la liste.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>At least %n characters</source>
        <translation>
            <numerusform>Au moins %n caractère</numerusform>
            <numerusform>Au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A lower-case letter</source>
        <translation>Une lettre minuscule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An upper-case letter</source>
        <translation>Une lettre majuscule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A digit</source>
        <translation>Un chiffre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A special character (such as - ! ? # @ or a space)</source>
        <translation>Un caractère spécial (comme - ! ? # @ ou une espace)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not contain your login</source>
        <translation>Ne contient pas votre identifiant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Differs from the current password</source>
        <translation>Différent du mot de passe actuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typed the same in the confirmation</source>
        <translation>Saisi à l&apos;identique dans la confirmation</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Rule met: %1</source>
        <translation>Règle respectée : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule not met yet: %1</source>
        <translation>Règle pas encore respectée : %1</translation>
    </message>
</context>
<context>
    <name>segurdesk::account::SecretQuestionDialog</name>
    <message>
        <location filename="../forms/account/SecretQuestionDialog.ui" line="+6"/>
        <source>Choose your secret question</source>
        <translation>Choisir votre question secrète</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Question:</source>
        <translation>&amp;Question :</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Answer:</source>
        <translation>&amp;Réponse :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Con&amp;firmation of the answer:</source>
        <translation>Con&amp;firmation de la réponse :</translation>
    </message>
    <message>
        <location filename="../app/account/SecretQuestionDialog.cpp" line="+53"/>
        <source>The confirmation differs from the answer.</source>
        <translation>La confirmation diffère de la réponse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving the secret question…</source>
        <translation>Enregistrement de la question secrète…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Last step of your first login: choose a question whose answer only you know. The portal will ask you for the answer if you ever forget your password. Capitals, accents and extra spaces in the answer do not matter.</source>
        <translation>Dernière étape de votre première connexion : choisissez une question dont vous seul connaissez la réponse. Le portail vous demandera cette réponse si vous oubliez votre mot de passe. Les majuscules, les accents et les espaces en trop dans la réponse ne comptent pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was the name of your first pet?</source>
        <translation>Quel était le nom de votre premier animal de compagnie ?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In which town did your parents meet?</source>
        <translation>Dans quelle ville vos parents se sont-ils rencontrés ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was the name of your primary school?</source>
        <translation>Quel était le nom de votre école primaire ?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was the make of your first car?</source>
        <translation>Quelle était la marque de votre première voiture ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a question or type your own</source>
        <translation>Choisissez une question ou saisissez la vôtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>segurdesk::advance::AdvanceRequestDialog</name>
    <message>
        <location filename="../forms/advance/AdvanceRequestDialog.ui" line="+6"/>
        <source>Request the advance</source>
        <translation>Demander l&apos;avance</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mailboxes (BAL) as declared in the Annuaire Santé</source>
        <translation>Boîtes aux lettres (BAL) déclarées dans l&apos;Annuaire Santé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applicative</source>
        <translation>Applicatives</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Organizational</source>
        <translation>Organisationnelles</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Personal</source>
        <translation>Personnelles</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Current mailboxes</source>
        <translation>BAL actuelles</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Current applicative mailboxes</source>
        <translation>BAL applicatives actuelles</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Current organizational mailboxes</source>
        <translation>BAL organisationnelles actuelles</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Current personal mailboxes</source>
        <translation>BAL personnelles actuelles</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mailboxes estimated at the closing date</source>
        <translation>BAL estimées à la date de clôture</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Estimated applicative mailboxes</source>
        <translation>BAL applicatives estimées</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Estimated organizational mailboxes</source>
        <translation>BAL organisationnelles estimées</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Estimated personal mailboxes</source>
        <translation>BAL personnelles estimées</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Applicable VAT rate:</source>
        <translation>Taux de TVA applicable :</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Advance (fixed part of the funding):</source>
        <translation>Avance (part fixe du financement) :</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Forecast total funding:</source>
        <translation>Financement total prévisionnel :</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The advance is the fixed part of the funding, paid first. The forecast total is computed here from the estimated mailboxes and the funding rule the portal announces; the portal decides the amounts. The portal takes one advance request per enrollment: check the counts before sending.</source>
        <translation>L&apos;avance est la part fixe du financement, versée en premier. Le total prévisionnel est calculé ici d&apos;après les BAL estimées et la règle de financement annoncée par le portail ; c&apos;est le portail qui décide des montants. Le portail n&apos;accepte qu&apos;une demande d&apos;avance par enrôlement : vérifiez les nombres avant l&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../app/advance/AdvanceRequestDialog.cpp" line="+48"/>
        <source>The funding rule cannot be read from the portal: %1</source>
        <translation>La règle de financement ne peut pas être lue sur le portail : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending the request to the portal…</source>
        <translation>Envoi de la demande au portail…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The portal refused the request:</source>
        <translation>Le portail a refusé la demande :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The portal&apos;s answer did not arrive, and it may have recorded the request. Send the same request again: it will not be counted twice.</source>
        <translation>La réponse du portail n&apos;est pas arrivée, et il a pu enregistrer la demande. Renvoyez la même demande : elle ne sera pas comptée deux fois.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This enrollment already has its advance request; the list of your dossiers shows it.</source>
        <translation>Cet enrôlement a déjà sa demande d&apos;avance ; la liste de vos dossiers la montre.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Advance request for enrollment %1 — %2. Give the mailboxes (BAL) of each kind declared in the Annuaire Santé today, and those you expect at the closing date.</source>
        <translation>Demande d&apos;avance pour l&apos;enrôlement %1 — %2. Indiquez les boîtes aux lettres (BAL) de chaque type déclarées aujourd&apos;hui dans l&apos;Annuaire Santé, et celles que vous prévoyez à la date de clôture.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mailboxes estimated at the closing date (%1)</source>
        <translation>BAL estimées à la date de clôture (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asking the portal…</source>
        <translation>Demande au portail…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>%1 excl. VAT, %2 incl. VAT</source>
        <translation>%1 HT, %2 TTC</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send the same request again</source>
        <translation>Renvoyer la même demande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send the request</source>
        <translation>Envoyer la demande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>segurdesk::dashboard::AmountsChart</name>
    <message>
        <location filename="../app/dashboard/AmountsChart.cpp" line="+83"/>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Advance requests, VAT included</source>
        <translation>Demandes d&apos;avance, TTC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requested: %1
Granted: %2
Paid: %3</source>
        <translation>Demandé : %1
Accordé : %2
Payé : %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amounts of the advance requests</source>
        <translation>Montants des demandes d&apos;avance</translation>
    </message>
</context>
<context>
    <name>segurdesk::dashboard::DashboardController</name>
    <message>
        <location filename="../app/dashboard/DashboardController.cpp" line="+50"/>
        <source>The drafts kept on this computer could not be read: %1</source>
        <translation>Les brouillons conservés sur cet ordinateur n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Logged out of profile %1: no profile is logged in.</source>
        <translation>Déconnecté du profil %1 : aucun profil n&apos;est connecté.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Your session on the portal has ended: log in again to refresh your dossiers.</source>
        <translation>Votre session sur le portail a pris fin : reconnectez-vous pour actualiser vos dossiers.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Logged out on this computer. The portal could not be told (%1): the session ends there by itself within the hour.</source>
        <translation>Déconnecté sur cet ordinateur. Le portail n&apos;a pas pu en être informé (%1) : la session y prendra fin d&apos;elle-même dans l&apos;heure.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logged out: the session on the portal is closed.</source>
        <translation>Déconnecté : la session sur le portail est fermée.</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Forget this profile</source>
        <translation>Oublier ce profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the profile %1 on this computer? The copy of its dossiers kept here is deleted; nothing changes on the portal, and its dossiers come back the next time you log in with it.</source>
        <translation>Oublier le profil %1 sur cet ordinateur ? La copie de ses dossiers gardée ici est supprimée ; rien ne change sur le portail, et ses dossiers reviendront la prochaine fois que vous vous connecterez avec lui.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Keep</source>
        <translation>&amp;Garder</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The profile %1 could not be forgotten: %2</source>
        <translation>Le profil %1 n&apos;a pas pu être oublié : %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Waiting for %1, which is using your data on this computer…</source>
        <translation>En attente de %1, qui utilise vos données sur cet ordinateur…</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>The copies of other profiles kept on this computer could not all be read: %1</source>
        <translation>Les copies des autres profils gardées sur cet ordinateur n&apos;ont pas toutes pu être lues : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n dossier(s) could not be read and are not shown.</source>
        <translation>
            <numerusform>%n dossier n&apos;a pas pu être lu et n&apos;est pas affiché.</numerusform>
            <numerusform>%n dossiers n&apos;ont pas pu être lus et ne sont pas affichés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The portal cannot be reached, and the copy kept on this computer cannot be read: %1</source>
        <translation>Le portail est injoignable, et la copie conservée sur cet ordinateur ne peut pas être lue : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal cannot be reached, and no copy of your dossiers is kept on this computer yet: refresh once the portal answers.</source>
        <translation>Le portail est injoignable, et aucune copie de vos dossiers n&apos;est encore conservée sur cet ordinateur : actualisez quand le portail répondra.</translation>
    </message>
</context>
<context>
    <name>segurdesk::dashboard::DashboardView</name>
    <message>
        <location filename="../forms/dashboard/DashboardView.ui" line="+11"/>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Number, company, SIRET…</source>
        <translation>Numéro, société, SIRET…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>C&amp;hange profile…</source>
        <translation>C&amp;hanger de profil…</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../app/dashboard/DashboardView.cpp" line="+148"/>
        <source>Asking the portal for your dossiers…</source>
        <translation>Demande de vos dossiers au portail…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Logging out…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Log &amp;out (%1)</source>
        <translation>Se &amp;déconnecter (%1)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>dossiers-%1.csv</source>
        <translation>dossiers-%1.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the dossiers shown</source>
        <translation>Exporter les dossiers affichés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n dossier(s) exported to %1.</source>
        <translation>
            <numerusform>%n dossier exporté dans %1.</numerusform>
            <numerusform>%n dossiers exportés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enrollment: %1</source>
        <translation>Enrôlement : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advance request: %1</source>
        <translation>Demande d&apos;avance : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All profiles</source>
        <translation>Tous les profils</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No dossier on the portal yet.</source>
        <translation>Aucun dossier sur le portail pour l&apos;instant.</translation>
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
            <numerusform>Affichés : %1 sur %n dossier</numerusform>
            <numerusform>Affichés : %1 sur %n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Offline: the portal cannot be reached. These dossiers are the copy kept on this computer, as the portal gave them on %1.</source>
        <translation>Hors ligne : le portail est injoignable. Ces dossiers sont la copie conservée sur cet ordinateur, tels que le portail les a donnés le %1.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>As the portal gave them on %1.</source>
        <translation>Tels que le portail les a donnés le %1.</translation>
    </message>
</context>
<context>
    <name>segurdesk::dashboard::DocumentViewer</name>
    <message>
        <location filename="../app/dashboard/DocumentViewer.cpp" line="+43"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Opening the document…</source>
        <translation>Ouverture du document…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This document cannot be shown: save it and open it with another program.</source>
        <translation>Ce document ne peut pas être affiché : enregistrez-le et ouvrez-le avec un autre programme.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first %1 pages of %2 are shown: save the document to read it whole.</source>
        <translation>Les %1 premières pages sur %2 sont affichées : enregistrez le document pour le lire en entier.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the document</source>
        <translation>Enregistrer le document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
</context>
<context>
    <name>segurdesk::dashboard::DossierDetailsController</name>
    <message>
        <location filename="../app/dashboard/DossierDetailsController.cpp" line="+30"/>
        <source>Save the document</source>
        <translation>Enregistrer le document</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>The profile %1 is no longer kept on this computer.</source>
        <translation>Le profil %1 n&apos;est plus gardé sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Downloading %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
</context>
<context>
    <name>segurdesk::dashboard::DossierDetailsView</name>
    <message>
        <location filename="../forms/dashboard/DossierDetailsView.ui" line="+37"/>
        <source>&amp;Resume the draft…</source>
        <translation>&amp;Reprendre le brouillon…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Request the advance…</source>
        <translation>Demander l&apos;avance…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;Log in with this profile…</source>
        <translation>Se &amp;connecter avec ce profil…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Forget this profile…</source>
        <translation>&amp;Oublier ce profil…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+53"/>
        <location line="+114"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-162"/>
        <location line="+167"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>Mails</source>
        <translation>Courriels</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mail content</source>
        <translation>Contenu du courriel</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Amount incl. VAT</source>
        <translation>Montant TTC</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../app/dashboard/DossierDetailsView.cpp" line="+84"/>
        <source>No dossier chosen.</source>
        <translation>Aucun dossier choisi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the dossier kept on this computer…</source>
        <translation>Lecture du dossier conservé sur cet ordinateur…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Draft — %1</source>
        <translation>Brouillon — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent to the portal yet; last changed on %1. It is kept, encrypted, on this computer only.</source>
        <translation>Pas encore envoyé au portail ; modifié le %1. Il n&apos;est conservé, chiffré, que sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Advance request %1 — %2</source>
        <translation>Demande d&apos;avance %1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For enrollment %1. Amount excl. VAT: %2; incl. VAT (%3): %4. Requested on %5.</source>
        <translation>Pour l&apos;enrôlement %1. Montant HT : %2 ; TTC (%3) : %4. Demandée le %5.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enrollment %1 — %2</source>
        <translation>Enrôlement %1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIRET %1. Solution %2 (referencing %3). VAT: %4. Received on %5.</source>
        <translation>SIRET %1. Solution %2 (référencement %3). TVA : %4. Reçu le %5.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Other document</source>
        <translation>Autre document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision letter</source>
        <translation>Lettre de décision</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Log in with profile %1 to open or save its documents.</source>
        <translation>Connectez-vous avec le profil %1 pour ouvrir ou enregistrer ses documents.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The copy of profile %1 kept on this computer, as the portal gave it on %2.</source>
        <translation>Copie du profil %1 gardée sur cet ordinateur, telle que le portail l&apos;a donnée le %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log in with this profile to open its documents and mails or to request its advance.</source>
        <translation>Connectez-vous avec ce profil pour ouvrir ses documents et ses courriels ou demander son avance.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This profile is on another portal: choose that portal in the settings to log in with it.</source>
        <translation>Ce profil est sur un autre portail : choisissez ce portail dans les préférences pour vous y connecter.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The portal has sent no mail about this dossier.</source>
        <translation>Le portail n&apos;a envoyé aucun courriel sur ce dossier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a mail to read it.</source>
        <translation>Choisissez un courriel pour le lire.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Log in with profile %1 to read this mail.</source>
        <translation>Connectez-vous avec le profil %1 pour lire ce courriel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asking the portal for this mail…</source>
        <translation>Demande de ce courriel au portail…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Log in with profile %1 to request its advance.</source>
        <translation>Connectez-vous avec le profil %1 pour demander son avance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal cannot be reached: refresh once it answers again to request the advance.</source>
        <translation>Le portail est injoignable : actualisez quand il répondra de nouveau pour demander l&apos;avance.</translation>
    </message>
</context>
<context>
    <name>segurdesk::dashboard::DossierTableModel</name>
    <message>
        <location filename="../app/dashboard/DossierTableModel.cpp" line="+208"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change</source>
        <translation>Dernier changement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount incl. VAT</source>
        <translation>Montant TTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
</context>
<context>
    <name>segurdesk::dashboard::StatusNotice</name>
    <message>
        <location filename="../app/dashboard/StatusNotice.cpp" line="+20"/>
        <source>%1 %2 (%3): %4</source>
        <translation>%1 %2 (%3) : %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n dossier(s) changed status</source>
        <translation>
            <numerusform>%n dossier a changé de statut</numerusform>
            <numerusform>%n dossiers ont changé de statut</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>segurdesk::drafts::DraftList</name>
    <message>
        <location filename="../app/drafts/DraftList.cpp" line="+169"/>
        <source>&amp;Resume sending</source>
        <translation>&amp;Reprendre l&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete the draft?</source>
        <translation>Supprimer le brouillon ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft “%1” and the documents it keeps will be deleted from this computer. This cannot be undone.</source>
        <translation>Le brouillon « %1 » et les pièces qu&apos;il conserve seront supprimés de cet ordinateur. Cette action est définitive.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Le conserver</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SIRET %1</source>
        <translation>SIRET %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request without a name yet</source>
        <translation>Demande encore sans nom</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No keychain of the system answers on this computer: choose a passphrase to protect your drafts, or they cannot be kept.</source>
        <translation>Aucun trousseau du système ne répond sur cet ordinateur : choisissez une phrase secrète pour protéger vos brouillons, sans quoi ils ne peuvent pas être conservés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your drafts are protected by a passphrase: give it to see them and go on with them.</source>
        <translation>Vos brouillons sont protégés par une phrase secrète : saisissez-la pour les voir et les reprendre.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The drafts could not be read or changed: %1</source>
        <translation>Les brouillons n&apos;ont pas pu être lus ou modifiés : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No draft yet: a new request is kept here as you type it.</source>
        <translation>Aucun brouillon pour l&apos;instant : une nouvelle demande est conservée ici au fil de la saisie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;h2&gt;Your &amp;drafts&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Vos &amp;brouillons&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step reached</source>
        <translation>Étape atteinte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your drafts</source>
        <translation>Vos brouillons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>Su&amp;pprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose a passphrase…</source>
        <translation>C&amp;hoisir une phrase secrète…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unl&amp;ock the drafts…</source>
        <translation>Déverr&amp;ouiller les brouillons…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referencing</source>
        <translation>référencement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>applicant</source>
        <translation>demandeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bank details</source>
        <translation>coordonnées bancaires</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT rate</source>
        <translation>taux de TVA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>summary</source>
        <translation>récapitulatif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unreadable draft</source>
        <translation>Brouillon illisible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreadable: %1</source>
        <translation>Illisible : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1 of 5: %2</source>
        <translation>Étape %1 sur 5 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Being prepared</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submission pending: resume it to send it</source>
        <translation>Envoi en attente : reprenez-le pour l&apos;envoyer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent — dossier %1</source>
        <translation>Envoyé — dossier %1</translation>
    </message>
</context>
<context>
    <name>segurdesk::drafts::PassphraseDialog</name>
    <message>
        <location filename="../app/drafts/PassphraseDialog.cpp" line="+85"/>
        <source>Type the passphrase.</source>
        <translation>Saisissez la phrase secrète.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least %1 characters: a phrase of a few words is remembered better than a complicated word.</source>
        <translation>Au moins %1 caractères : une phrase de quelques mots se retient mieux qu&apos;un mot compliqué.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Les deux phrases secrètes diffèrent : saisissez deux fois la même.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Waiting for %1 to finish with your local data…</source>
        <translation>En attente de %1, qui utilise vos données locales…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Checking the passphrase…</source>
        <translation>Vérification de la phrase secrète…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Protect your drafts</source>
        <translation>Protéger vos brouillons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock your drafts</source>
        <translation>Déverrouiller vos brouillons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keychain of the system answers on this computer, so your drafts will be encrypted with a passphrase of your choice. Keep it safe: without it, they cannot be opened again, by you or by anyone.</source>
        <translation>Aucun trousseau du système ne répond sur cet ordinateur : vos brouillons seront chiffrés avec une phrase secrète de votre choix. Conservez-la bien : sans elle, personne, pas même vous, ne pourra les rouvrir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your drafts are encrypted with a passphrase. Type it to see them and go on with them; it is asked once per session.</source>
        <translation>Vos brouillons sont chiffrés avec une phrase secrète. Saisissez-la pour les voir et les reprendre ; elle n&apos;est demandée qu&apos;une fois par session.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Confirmation:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Protect &amp;my drafts</source>
        <translation>Protéger &amp;mes brouillons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
</context>
<context>
    <name>segurdesk::drafts::SameSiretOffer</name>
    <message>
        <location filename="../app/drafts/SameSiretOffer.cpp" line="+93"/>
        <source>A draft exists for this SIRET</source>
        <translation>Un brouillon existe pour ce SIRET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft “%1”, last changed on %2, is already a request for this SIRET. Resume it rather than start a second one? What you typed in this request is then abandoned.</source>
        <translation>Le brouillon « %1 », modifié le %2, est déjà une demande pour ce SIRET. Le reprendre plutôt que d&apos;en commencer une deuxième ? Ce que vous avez saisi dans cette demande est alors abandonné.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Resume that draft</source>
        <translation>&amp;Reprendre ce brouillon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Go on with this request</source>
        <translation>&amp;Continuer cette demande</translation>
    </message>
</context>
<context>
    <name>segurdesk::enrollment::ApplicantPage</name>
    <message>
        <location filename="../forms/enrollment/ApplicantPage.ui" line="+6"/>
        <source>The company that applies, its legal representative and, when someone else files for them, that person.</source>
        <translation>La société qui fait la demande, son représentant légal et, si une autre personne dépose pour lui, cette personne.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;SIRET:</source>
        <translation>&amp;SIRET :</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Security &amp;code:</source>
        <translation>&amp;Code de sécurité :</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>New &amp;image</source>
        <translation>Nouvelle &amp;image</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Look &amp;up</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Company na&amp;me:</source>
        <translation>&amp;Dénomination sociale :</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>T&amp;rade name:</source>
        <translation>Nom co&amp;mmercial :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Street &amp;address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pos&amp;tal code:</source>
        <translation>Code pos&amp;tal :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Recipient or department:</source>
        <translation>Identité du destinataire ou service :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Entrance, building:</source>
        <translation>Entrée, bâtiment, immeuble :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Number extension:</source>
        <translation>Extension du numéro :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>bis, ter…</source>
        <translation>bis, ter…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Address complement:</source>
        <translation>Complément d&apos;adresse :</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Are you the company&apos;s legal representative?</source>
        <translation>Êtes-vous le représentant légal de la société ?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>N&amp;o, I file for them</source>
        <translation>&amp;Non, je dépose pour lui</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Legal representative</source>
        <translation>Représentant légal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You, filing for the legal representative (depositor)</source>
        <translation>Vous, qui déposez pour le représentant légal (dépositaire)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Capacity as third-party filer</source>
        <translation>Qualité de tiers déclarant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Management centre, chartered accountant…</source>
        <translation>Centre de gestion, expert-comptable…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Employee of the company</source>
        <translation>Employé de la personne morale</translation>
    </message>
    <message>
        <location filename="../app/enrollment/ApplicantPage.cpp" line="+109"/>
        <source>legal representative</source>
        <translation>représentant légal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>depositor</source>
        <translation>dépositaire</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 (%2)</source>
        <comment>a field and whose it is</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Looking up the company on the portal…</source>
        <translation>Recherche de la société sur le portail…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No image</source>
        <translation>Pas d&apos;image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The security code could not be loaded: %1 Click &quot;New image&quot; to get another.</source>
        <translation>Le code de sécurité n&apos;a pas pu être chargé : %1 Cliquez sur « Nouvelle image » pour en obtenir un autre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The security code did not match its image. Type the code of the new image, then look the company up again.</source>
        <translation>Le code de sécurité ne correspondait pas à son image. Saisissez le code de la nouvelle image, puis relancez la recherche de la société.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No establishment is registered under this SIRET. Check it on your Kbis extract.</source>
        <translation>Aucun établissement n&apos;est enregistré sous ce SIRET. Vérifiez-le sur votre extrait Kbis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The company could not be looked up: %1 You may type its name and address yourself; a Kbis extract will then be asked for.</source>
        <translation>La société n&apos;a pas pu être recherchée : %1 Vous pouvez saisir vous-même sa dénomination et son adresse ; un extrait Kbis sera alors demandé.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Step 2 of 5: applicant</source>
        <translation>Étape 2 sur 5 : demandeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security code image</source>
        <translation>Image du code de sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking up the company</source>
        <translation>Recherche de la société</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Kbis extract that shows this name is asked for below.</source>
        <translation>Un extrait Kbis qui montre cette dénomination est demandé plus bas.</translation>
    </message>
</context>
<context>
    <name>segurdesk::enrollment::BankPage</name>
    <message>
        <location filename="../forms/enrollment/BankPage.ui" line="+6"/>
        <source>The account the funding will be paid to, and its RIB.</source>
        <translation>Le compte sur lequel le financement sera versé, et son RIB.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN :</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;BIC:</source>
        <translation>&amp;BIC :</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Account &amp;holder:</source>
        <translation>&amp;Titulaire du compte :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Domiciliation:</source>
        <translation>&amp;Domiciliation :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Filled in by the portal from the IBAN</source>
        <translation>Renseignée par le portail d&apos;après l&apos;IBAN</translation>
    </message>
    <message>
        <location filename="../app/enrollment/BankPage.cpp" line="+132"/>
        <source>Looking up the bank on the portal…</source>
        <translation>Recherche de la banque sur le portail…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The domiciliation could not be filled in; the ASP will read it on the RIB. The portal says: %1</source>
        <translation>La domiciliation n&apos;a pas pu être renseignée ; l&apos;ASP la lira sur le RIB. Le portail indique : %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Step 3 of 5: bank details</source>
        <translation>Étape 3 sur 5 : coordonnées bancaires</translation>
    </message>
</context>
<context>
    <name>segurdesk::enrollment::EnrollmentPage</name>
    <message>
        <location filename="../app/enrollment/EnrollmentPage.cpp" line="+136"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>segurdesk::enrollment::EnrollmentWizard</name>
    <message>
        <location filename="../app/enrollment/EnrollmentWizard.cpp" line="+112"/>
        <source>Interrupt the submission?</source>
        <translation>Interrompre l&apos;envoi ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dossier is kept in your local data once the submission has begun. The wizard closes as soon as it is safe to: at once while the security code is asked, else when the portal answers; if it received the dossier meanwhile, its receipt is shown.</source>
        <translation>Le dossier est conservé dans vos données locales dès le début de l&apos;envoi. L&apos;assistant se ferme dès que c&apos;est sans risque : tout de suite pendant la saisie du code de sécurité, sinon à la réponse du portail ; s&apos;il a reçu le dossier entre-temps, son accusé de réception est affiché.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Interrupt</source>
        <translation>&amp;Interrompre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Continue the submission</source>
        <translation>&amp;Poursuivre l&apos;envoi</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Close without saving?</source>
        <translation>Fermer sans enregistrer ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft could not be saved: %1
What you entered since it was last saved will be lost.</source>
        <translation>Le brouillon n&apos;a pas pu être enregistré : %1
Ce que vous avez saisi depuis le dernier enregistrement sera perdu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close without saving</source>
        <translation>&amp;Fermer sans enregistrer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Stay</source>
        <translation>&amp;Rester</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The draft is not saved</source>
        <translation>Le brouillon n&apos;est pas enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft of this request could not be saved: %1
What you entered stays on screen. Try again with “save it again”, left of the wizard&apos;s buttons; until it works, do not close the request.</source>
        <translation>Le brouillon de cette demande n&apos;a pas pu être enregistré : %1
Vos saisies restent à l&apos;écran. Réessayez avec « réessayer », à gauche des boutons de l&apos;assistant ; tant que l&apos;enregistrement échoue, ne fermez pas la demande.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Enrollment request — Ségur Desk</source>
        <translation>Demande d&apos;enrôlement — Ségur Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt; &amp;Previous</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Submit</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the &amp;summary</source>
        <translation>Retour au &amp;récapitulatif</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Draft not saved — &amp;save it again</source>
        <translation>Brouillon non enregistré — &amp;réessayer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the draft…</source>
        <translation>Enregistrement du brouillon…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft saved at %1</source>
        <translation>Brouillon enregistré à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HH:mm</source>
        <comment>time of a save</comment>
        <translation>HH&apos; h &apos;mm</translation>
    </message>
</context>
<context>
    <name>segurdesk::enrollment::PersonForm</name>
    <message>
        <location filename="../forms/enrollment/PersonForm.ui" line="+23"/>
        <source>&amp;Last name:</source>
        <translation>N&amp;om :</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;First name:</source>
        <translation>Pré&amp;nom :</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Email:</source>
        <translation>Co&amp;urriel :</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Email &amp;again:</source>
        <translation>Con&amp;firmation du courriel :</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Telephone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Identity document t&amp;ype:</source>
        <translation>Type de p&amp;ièce d&apos;identité :</translation>
    </message>
    <message>
        <location filename="../app/enrollment/PersonForm.cpp" line="+103"/>
        <source>Choose the type…</source>
        <translation>Choisissez le type…</translation>
    </message>
</context>
<context>
    <name>segurdesk::enrollment::RecapPage</name>
    <message>
        <location filename="../forms/enrollment/RecapPage.ui" line="+6"/>
        <source>Read your request once more; &quot;Edit&quot; takes you back to a step. Then tick the three declarations and submit.</source>
        <translation>Relisez votre demande ; « Modifier » vous ramène à une étape. Cochez ensuite les trois déclarations et terminez.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Declarations</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I accept the portal&apos;s terms of use (CGU).</source>
        <translation>J&apos;accepte les conditions générales d&apos;utilisation du portail (CGU).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I know that article 441-7 of the penal code punishes false attestations.</source>
        <translation>Je sais que l&apos;article 441-7 du code pénal punit les fausses attestations.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I certify that the information given is accurate and authentic.</source>
        <translation>Je certifie l&apos;exactitude et l&apos;authenticité des informations saisies.</translation>
    </message>
    <message>
        <location filename="../app/enrollment/RecapPage.cpp" line="+32"/>
        <source>Terms of use</source>
        <translation>Conditions générales d&apos;utilisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Article 441-7</source>
        <translation>Article 441-7 du code pénal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accurate and authentic information</source>
        <translation>Authenticité des informations</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Step 5 of 5: summary and declarations</source>
        <translation>Étape 5 sur 5 : récapitulatif et déclarations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary of the request</source>
        <translation>Récapitulatif de la demande</translation>
    </message>
</context>
<context>
    <name>segurdesk::enrollment::ReferencingPage</name>
    <message>
        <location filename="../forms/enrollment/ReferencingPage.ui" line="+6"/>
        <source>The MSS solution you run, as the ANS referenced it, and the operator contract signed with the ANS.</source>
        <translation>La solution de MSS que vous exploitez, telle que l&apos;ANS l&apos;a référencée, et le contrat opérateur signé avec l&apos;ANS.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ANS &amp;referencing number:</source>
        <translation>&amp;Numéro de référencement ANS :</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;DSR:</source>
        <translation>&amp;DSR :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filled in by the portal from the number</source>
        <translation>Rempli par le portail d&apos;après le numéro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MSS s&amp;olution:</source>
        <translation>S&amp;olution de MSS :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>De&amp;veloper operator:</source>
        <translation>Opérateur dé&amp;veloppeur :</translation>
    </message>
    <message>
        <location filename="../app/enrollment/ReferencingPage.cpp" line="+48"/>
        <source>Search of the number on the portal</source>
        <translation>Recherche du numéro sur le portail</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>%1 (SIRET %2)</source>
        <translation>%1 (SIRET %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search the number on the portal: it tells the DSR, the solution and its developer.</source>
        <translation>Recherchez le numéro sur le portail : il indique le DSR, la solution et son développeur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking up the number on the portal…</source>
        <translation>Recherche du numéro sur le portail…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal knows no MSS solution under the number %1. Check the number on your ANS referencing certificate.</source>
        <translation>Le portail ne connaît aucune solution de MSS sous le numéro %1. Vérifiez le numéro sur votre certificat de référencement ANS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The number could not be looked up: %1 You may go on; the portal checks the number when the dossier is sent. &quot;Search&quot; tries again.</source>
        <translation>Le numéro n&apos;a pas pu être recherché : %1 Vous pouvez continuer ; le portail vérifie le numéro à l&apos;envoi du dossier. « Rechercher » permet de réessayer.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Step 1 of 5: referencing</source>
        <translation>Étape 1 sur 5 : référencement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking up the number</source>
        <translation>Recherche du numéro</translation>
    </message>
</context>
<context>
    <name>segurdesk::enrollment::SubmissionPage</name>
    <message>
        <location filename="../forms/enrollment/SubmissionPage.ui" line="+26"/>
        <source>Security code</source>
        <translation>Code de sécurité</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>S&amp;end the dossier</source>
        <translation>&amp;Envoyer le dossier</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit the dossier</source>
        <translation>&amp;Modifier le dossier</translation>
    </message>
    <message>
        <location filename="../app/enrollment/SubmissionPage.cpp" line="+28"/>
        <source>Waiting for %1 to finish with your local data…</source>
        <translation>En attente de %1, qui utilise vos données locales…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Keeping the dossier, encrypted, in your local data…</source>
        <translation>Enregistrement du dossier, chiffré, dans vos données locales…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type the security code shown, then send the dossier.</source>
        <translation>Saisissez le code de sécurité affiché, puis envoyez le dossier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Type the code of the new image.</source>
        <translation>%1 Saisissez le code de la nouvelle image.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sending the dossier to the portal…</source>
        <translation>Envoi du dossier au portail…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your enrollment request has been received by the ASP portal.</source>
        <translation>Votre demande d&apos;enrôlement a été reçue par le portail de l&apos;ASP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This request had already been received by the ASP portal; nothing was sent again.</source>
        <translation>Cette demande avait déjà été reçue par le portail de l&apos;ASP ; rien n&apos;a été renvoyé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The portal refused the dossier: %1 Correct it, then submit it again.</source>
        <translation>Le portail a refusé le dossier : %1 Corrigez-le, puis envoyez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dossier could not be kept in your local data, so nothing was sent. %1</source>
        <translation>Le dossier n&apos;a pas pu être conservé dans vos données locales ; rien n&apos;a donc été envoyé. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dossier has not been sent. %1 Nothing is lost: it is kept, encrypted, on this computer, and &quot;Try again&quot; sends it with the same key, so that the portal never receives it twice.</source>
        <translation>Le dossier n&apos;a pas été envoyé. %1 Rien n&apos;est perdu : il est conservé, chiffré, sur cet ordinateur, et « Réessayer » l&apos;envoie avec la même clé, de sorte que le portail ne le reçoive jamais deux fois.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>enrollment-request-%1.pdf</source>
        <translation>demande-enrolement-%1.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the record of the request</source>
        <translation>Enregistrer la trace de la demande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The record of the request is saved in %1.</source>
        <translation>La trace de la demande est enregistrée dans %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record could not be saved: %1</source>
        <translation>La trace n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enrollment request %1</source>
        <translation>Demande d&apos;enrôlement %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing the record of the request…</source>
        <translation>Impression de la trace de la demande…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The record of the request is sent to the printer.</source>
        <translation>La trace de la demande est envoyée à l&apos;imprimante.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record could not be printed. Check that the printer is ready, then try again.</source>
        <translation>La trace n&apos;a pas pu être imprimée. Vérifiez que l&apos;imprimante est prête, puis réessayez.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Submission</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security code image</source>
        <translation>Image du code de sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress of the submission</source>
        <translation>Progression de l&apos;envoi</translation>
    </message>
</context>
<context>
    <name>segurdesk::enrollment::TemplateDownloads</name>
    <message>
        <location filename="../app/enrollment/TemplateDownloads.cpp" line="+21"/>
        <source>mandate-model.pdf</source>
        <translation>modele-mandat.pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>service-contract-model.pdf</source>
        <translation>modele-contrat-de-prestation.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the model</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The model could not be downloaded: %1</source>
        <translation>Le modèle n&apos;a pas pu être téléchargé : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Models offered by the portal: &lt;a href=&quot;service-contract&quot;&gt;service contract&lt;/a&gt;, &lt;a href=&quot;mandate&quot;&gt;mandate of the legal representative&lt;/a&gt;.</source>
        <translation>Modèles proposés par le portail : &lt;a href=&quot;service-contract&quot;&gt;contrat de prestation&lt;/a&gt;, &lt;a href=&quot;mandate&quot;&gt;mandat du représentant légal&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Downloading the model…</source>
        <translation>Téléchargement du modèle…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The model is saved in %1.</source>
        <translation>Le modèle est enregistré dans %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model could not be saved: %1</source>
        <translation>Le modèle n&apos;a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>segurdesk::enrollment::VatPage</name>
    <message>
        <location filename="../forms/enrollment/VatPage.ui" line="+6"/>
        <source>The VAT rate that applies to the company decides whether the funding is paid with VAT.</source>
        <translation>Le taux de TVA applicable à l&apos;entreprise décide si le financement est versé TTC.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VAT rate applicable to the company</source>
        <translation>Taux de TVA applicable à l&apos;entreprise</translation>
    </message>
    <message>
        <location filename="../app/enrollment/VatPage.cpp" line="+103"/>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step 4 of 5: VAT rate</source>
        <translation>Étape 4 sur 5 : taux de TVA</translation>
    </message>
</context>
<context>
    <name>segurdesk::portal::EmbeddedSandbox</name>
    <message>
        <location filename="../core/portal/EmbeddedSandbox.cpp" line="+43"/>
        <source>The local portal did not start in time; its log is in %1.</source>
        <translation>Le portail local n’a pas démarré à temps ; son journal est dans %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The local portal stopped while starting; its log is in %1.</source>
        <translation>Le portail local s’est arrêté pendant son démarrage ; son journal est dans %1.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The local portal (%1) is missing: install Ségur Desk again, or give the address of a portal.</source>
        <translation>Le portail local (%1) est introuvable : réinstallez Ségur Desk ou indiquez l’adresse d’un portail.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The local portal&apos;s folder %1 cannot be created.</source>
        <translation>Le dossier du portail local %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>The local portal cannot be started: %1.</source>
        <translation>Le portail local ne peut pas démarrer : %1.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The local portal gave an unexpected address.</source>
        <translation>Le portail local a donné une adresse inattendue.</translation>
    </message>
</context>
<context>
    <name>segurdesk::services::DossierDetails</name>
    <message>
        <location filename="../core/services/DossierDetails.cpp" line="+23"/>
        <source>This dossier, as kept on this computer, cannot be read: refresh the list.</source>
        <translation>Ce dossier, tel que conservé sur cet ordinateur, ne peut pas être lu : actualisez la liste.</translation>
    </message>
</context>
<context>
    <name>segurdesk::services::DraftAttachmentDevice</name>
    <message>
        <location filename="../core/services/DraftAttachmentDevice.cpp" line="+71"/>
        <source>The attached document changed size since it was attached.</source>
        <translation>La pièce jointe a changé de taille depuis qu&apos;elle a été jointe.</translation>
    </message>
</context>
<context>
    <name>segurdesk::services::DraftSubmission</name>
    <message>
        <location filename="../core/services/DraftSubmission.cpp" line="+214"/>
        <source>No captcha code was given.</source>
        <translation>Aucun code captcha n&apos;a été saisi.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>request id %1</source>
        <translation>identifiant de requête %1</translation>
    </message>
</context>
<context>
    <name>segurdesk::services::LocalData</name>
    <message>
        <location filename="../core/services/LocalData.cpp" line="+83"/>
        <source>The data folder %1 cannot be created.</source>
        <translation>Le dossier de données %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your drafts are protected by a passphrase.</source>
        <translation>Vos brouillons sont protégés par une phrase secrète.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 Your drafts are protected by its key: start the keychain (your desktop session does), then try again.</source>
        <translation>%1 Vos brouillons sont protégés par sa clé : démarrez le trousseau (votre session de bureau le fait), puis réessayez.</translation>
    </message>
</context>
<context>
    <name>segurdesk::services::PortalConnection</name>
    <message>
        <location filename="../core/services/PortalConnection.cpp" line="+48"/>
        <source>The portal address %1 is refused: only https is allowed, except to this computer.</source>
        <translation>L’adresse du portail %1 est refusée : seul https est autorisé, sauf vers cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>segurdesk::settings::SettingsDialog</name>
    <message>
        <location filename="../app/settings/SettingsDialog.cpp" line="+131"/>
        <source>Settings</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ASP &amp;portal address:</source>
        <translation>Adresse du &amp;portail de l&apos;ASP :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: the demonstration portal, on this computer</source>
        <translation>Vide : le portail de démonstration, sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The https address the ASP gave you. A new address is used from the next start of Ségur Desk.</source>
        <translation>L&apos;adresse https que l&apos;ASP vous a donnée. Une nouvelle adresse est utilisée à partir du prochain démarrage de Ségur Desk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>segurdesk::widgets::DocumentField</name>
    <message>
        <location filename="../app/widgets/DocumentField.cpp" line="+209"/>
        <location line="+154"/>
        <source>Choose the file: %1</source>
        <translation>Choisir le fichier : %1</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>PDF documents and pictures (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Documents PDF et images (*.pdf *.jpg *.jpeg *.png);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 The file attached before is kept.</source>
        <translation>%1 Le fichier joint auparavant est conservé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refused: %1 — %2</source>
        <translation>Refusé : %1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: %1 — %2 The file attached before is kept.</source>
        <translation>Refusé : %1 — %2 Le fichier joint auparavant est conservé.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>PDF, JPEG or PNG — %1 maximum. Drop the file here or choose it.</source>
        <translation>PDF, JPEG ou PNG — %1 maximum. Déposez le fichier ici ou choisissez-le.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Replace…</source>
        <translation>&amp;Remplacer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the photo &amp;lighter…</source>
        <translation>A&amp;lléger la photo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hotos into one PDF…</source>
        <translation>P&amp;hotos en un seul PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several photos, such as the front and back of an identity card, put into one PDF, a page each.</source>
        <translation>Plusieurs photos, comme le recto et le verso d&apos;une pièce d&apos;identité, réunies en un seul PDF, une par page.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the file: %1</source>
        <translation>Remplacer le fichier : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview the file: %1</source>
        <translation>Voir le fichier : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop making the file: %1</source>
        <translation>Arrêter la préparation du fichier : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop checking the file: %1</source>
        <translation>Arrêter la vérification du fichier : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the file: %1</source>
        <translation>Retirer le fichier : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the photo lighter: %1</source>
        <translation>Alléger la photo : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put photos into one PDF: %1</source>
        <translation>Réunir des photos en un seul PDF : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the file</source>
        <translation>Vérification du fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Making the file</source>
        <translation>Préparation du fichier</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>PDF document — %n page(s) — %1</source>
        <translation>
            <numerusform>Document PDF — %n page — %1</numerusform>
            <numerusform>Document PDF — %n pages — %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — %2 × %3 px — %4</source>
        <translation>%1 — %2 × %3 px — %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thumbnail of %1</source>
        <translation>Miniature de %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Making %1…</source>
        <translation>Préparation de %1…</translation>
    </message>
</context>
<context>
    <name>segurdesk::widgets::DocumentMaker</name>
    <message>
        <location filename="../app/widgets/DocumentMaker.cpp" line="+102"/>
        <source>The new file could not be saved: %1</source>
        <translation>Le nouveau fichier n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>%1-lighter.jpg</source>
        <comment>file name of a photo made lighter</comment>
        <translation>%1-allegee.jpg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the lighter photo</source>
        <translation>Enregistrer la photo allégée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JPEG photos (*.jpg *.jpeg)</source>
        <translation>Photos JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the photos, one per page, in their order</source>
        <translation>Choisissez les photos, une par page, dans leur ordre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Photos (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>photos.pdf</source>
        <comment>file name of photos put into a PDF</comment>
        <translation>photos.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the PDF of the photos</source>
        <translation>Enregistrer le PDF des photos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose another name for the new file: %1 itself stays as it is.</source>
        <translation>Choisissez un autre nom pour le nouveau fichier : %1 lui-même reste tel quel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 weighs more than %2: it is not a photo that can be made lighter.</source>
        <translation>%1 pèse plus de %2 : ce n&apos;est pas une photo qui puisse être allégée.</translation>
    </message>
</context>
<context>
    <name>segurdesk::widgets::FieldCheck</name>
    <message>
        <location filename="../app/widgets/FieldCheck.cpp" line="+94"/>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: %1</source>
        <translation>Attention : %1</translation>
    </message>
</context>
<context>
    <name>segurdesk::widgets::MissingList</name>
    <message>
        <location filename="../app/widgets/MissingList.cpp" line="+62"/>
        <source>, </source>
        <comment>between the items of the list of what is missing</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Still to complete: %1</source>
        <translation>Encore à compléter : %1</translation>
    </message>
</context>
</TS>
