<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {0}</source>
        <translation>À propos de {0}</translation>
    </message>
    <message>
        <source>A private journal for the few relationships that matter.</source>
        <translation>Un journal privé pour les quelques relations qui comptent.</translation>
    </message>
    <message>
        <source>Your journal lives only on this computer, in:</source>
        <translation>Votre journal est uniquement sur cet ordinateur, dans&#xa0;:</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Ouvrir le dossier de données</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Import &amp;contacts…</source>
        <translation>Importer des &amp;contacts…</translation>
    </message>
    <message>
        <source>Pick people from a phone, Google, Outlook or LinkedIn contacts file</source>
        <translation>Choisir des personnes dans un fichier de contacts de téléphone, Google, Outlook ou LinkedIn</translation>
    </message>
    <message>
        <source>Export contacts (v&amp;Card)…</source>
        <translation>Exporter les contacts (v&amp;Card)…</translation>
    </message>
    <message>
        <source>Write people to a vCard file that address books read</source>
        <translation>Écrire des personnes dans un fichier vCard que lisent les carnets d’adresses</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>&amp;Importer depuis JSON…</translation>
    </message>
    <message>
        <source>Add the contents of a Relations export to this journal</source>
        <translation>Ajouter le contenu d’un export de Relations à ce journal</translation>
    </message>
    <message>
        <source>&amp;Export to JSON…</source>
        <translation>&amp;Exporter en JSON…</translation>
    </message>
    <message>
        <source>Write the whole journal to a JSON file</source>
        <translation>Écrire tout le journal dans un fichier JSON</translation>
    </message>
    <message>
        <source>&amp;Print overview…</source>
        <translation>Im&amp;primer le bilan…</translation>
    </message>
    <message>
        <source>Print your relationship overview, or save it as PDF</source>
        <translation>Imprimer le bilan de vos relations, ou l’enregistrer en PDF</translation>
    </message>
    <message>
        <source>Export overview as P&amp;DF…</source>
        <translation>Exporter le bilan en P&amp;DF…</translation>
    </message>
    <message>
        <source>Write the relationship overview to a PDF file</source>
        <translation>Écrire le bilan de vos relations dans un fichier PDF</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <source>See, make and restore backups of the journal</source>
        <translation>Voir, faire et restaurer les sauvegardes du journal</translation>
    </message>
    <message>
        <source>E&amp;ncrypt journal…</source>
        <translation>&amp;Chiffrer le journal…</translation>
    </message>
    <message>
        <source>Protect the journal and its backups with a passphrase</source>
        <translation>Protéger le journal et ses sauvegardes par une phrase secrète</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>C&amp;hanger la phrase secrète…</translation>
    </message>
    <message>
        <source>Choose a new passphrase for the journal and its backups</source>
        <translation>Choisir une nouvelle phrase secrète pour le journal et ses sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Remove encryption…</source>
        <translation>&amp;Retirer le chiffrement…</translation>
    </message>
    <message>
        <source>Store the journal and its backups as plain files again</source>
        <translation>Enregistrer de nouveau le journal et ses sauvegardes en clair</translation>
    </message>
    <message>
        <source>&amp;Lock journal</source>
        <translation>&amp;Verrouiller le journal</translation>
    </message>
    <message>
        <source>Close the journal and hide it until its passphrase is typed</source>
        <translation>Fermer le journal et le masquer jusqu’à ce que sa phrase secrète soit saisie</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close Relations</source>
        <translation>Fermer Relations</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Take back the last change</source>
        <translation>Revenir sur la dernière modification</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Make again the change you took back</source>
        <translation>Refaire la modification annulée</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <source>Filter the list you are looking at</source>
        <translation>Filtrer la liste affichée</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>Rechercher &amp;partout…</translation>
    </message>
    <message>
        <source>Find a word in every person and conversation</source>
        <translation>Trouver un mot dans toutes les personnes et conversations</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected person or conversation</source>
        <translation>Supprimer la personne ou la conversation sélectionnée</translation>
    </message>
    <message>
        <source>My &amp;values…</source>
        <translation>Mes &amp;valeurs…</translation>
    </message>
    <message>
        <source>The values you live by</source>
        <translation>Les valeurs qui vous guident</translation>
    </message>
    <message>
        <source>What I can &amp;offer…</source>
        <translation>Ce que je peux &amp;offrir…</translation>
    </message>
    <message>
        <source>What you could give others, matched with what they look for</source>
        <translation>Ce que vous pourriez apporter aux autres, rapproché de ce qu’ils cherchent</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd’hui</translation>
    </message>
    <message>
        <source>Whom you could help, what you promised, whom to reconnect with</source>
        <translation>Qui vous pourriez aider, ce que vous avez promis, avec qui reprendre contact</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>The people who matter to you</source>
        <translation>Les personnes qui comptent pour vous</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Every conversation, newest first</source>
        <translation>Toutes les conversations, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>Show &amp;archived people</source>
        <translation>Afficher les personnes &amp;archivées</translation>
    </message>
    <message>
        <source>Show people you archived</source>
        <translation>Afficher les personnes que vous avez archivées</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nouvelle personne…</translation>
    </message>
    <message>
        <source>Add someone who matters to you</source>
        <translation>Ajouter quelqu’un qui compte pour vous</translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation>&amp;Modifier la personne…</translation>
    </message>
    <message>
        <source>Edit the selected person</source>
        <translation>Modifier la personne sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Log conversation…</source>
        <translation>&amp;Noter une conversation…</translation>
    </message>
    <message>
        <source>Write down a conversation you had</source>
        <translation>Noter une conversation que vous avez eue</translation>
    </message>
    <message>
        <source>Record shared &amp;value…</source>
        <translation>Noter une &amp;valeur partagée…</translation>
    </message>
    <message>
        <source>Note a value the selected person shares with you</source>
        <translation>Noter une valeur que la personne sélectionnée partage avec vous</translation>
    </message>
    <message>
        <source>Record &amp;help…</source>
        <translation>Noter une &amp;aide…</translation>
    </message>
    <message>
        <source>Note help you gave or received</source>
        <translation>Noter une aide donnée ou reçue</translation>
    </message>
    <message>
        <source>Print this &amp;person…</source>
        <translation>Imprimer cette &amp;personne…</translation>
    </message>
    <message>
        <source>Print the selected person&apos;s page</source>
        <translation>Imprimer la page de la personne sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <source>Make the two selected entries of one person one entry</source>
        <translation>Ne faire qu’une fiche des deux fiches sélectionnées d’une même personne</translation>
    </message>
    <message>
        <source>Find possible d&amp;uplicates…</source>
        <translation>Chercher les &amp;doublons possibles…</translation>
    </message>
    <message>
        <source>People who share an email, a phone or a name</source>
        <translation>Les personnes qui partagent un courriel, un téléphone ou un nom</translation>
    </message>
    <message>
        <source>&amp;Archive person</source>
        <translation>&amp;Archiver la personne</translation>
    </message>
    <message>
        <source>Keep the person, but out of the people list</source>
        <translation>Garder la personne, mais hors de la liste</translation>
    </message>
    <message>
        <source>&amp;Delete person…</source>
        <translation>&amp;Supprimer la personne…</translation>
    </message>
    <message>
        <source>Delete the selected person</source>
        <translation>Supprimer la personne sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Edit conversation…</source>
        <translation>&amp;Modifier la conversation…</translation>
    </message>
    <message>
        <source>Edit the selected conversation</source>
        <translation>Modifier la conversation sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Follow-up done</source>
        <translation>&amp;Suite donnée</translation>
    </message>
    <message>
        <source>Mark the selected conversation&apos;s follow-up as done</source>
        <translation>Marquer comme faite la suite à donner de la conversation sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Delete conversation</source>
        <translation>S&amp;upprimer la conversation</translation>
    </message>
    <message>
        <source>Delete the selected conversation</source>
        <translation>Supprimer la conversation sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
    <message>
        <source>Every keyboard shortcut in Relations</source>
        <translation>Tous les raccourcis clavier de Relations</translation>
    </message>
    <message>
        <source>&amp;About Relations…</source>
        <translation>À &amp;propos de Relations…</translation>
    </message>
    <message>
        <source>Version and where your data lives</source>
        <translation>La version, et où se trouvent vos données</translation>
    </message>
</context>
<context>
    <name>AppearanceMenus</name>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Couleurs</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Comme le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claires</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Relations will use this language the next time it starts.</source>
        <translation>Relations utilisera cette langue à son prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>BackupTimer</name>
    <message>
        <source>The automatic backup failed: {0}</source>
        <translation>La sauvegarde automatique a échoué&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Backup at exit</source>
        <translation>Sauvegarde à la fermeture</translation>
    </message>
    <message>
        <source>Your journal itself is saved; only this backup of it is missing.</source>
        <translation>Votre journal lui-même est enregistré&#xa0;; seule cette sauvegarde manque.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>At exit</source>
        <translation>À la fermeture</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>À la main</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Avant une importation</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Avant une mise à jour</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>No backup yet: one is made 30 minutes after a change, or now with “Back up now”.</source>
        <translation>Pas encore de sauvegarde&#xa0;: elle est faite 30 minutes après une modification, ou tout de suite avec «&#xa0;Sauvegarder maintenant&#xa0;».</translation>
    </message>
    <message>
        <source>Relations backs up your journal every 30 minutes while you change it, when you quit, and before imports, restores and upgrades. Each backup is checked before it is kept. Backups are kept for about a year: 12 daily, 10 weekly, 9 monthly.</source>
        <translation>Relations sauvegarde votre journal toutes les 30 minutes pendant que vous le modifiez, quand vous quittez, et avant les importations, les restaurations et les mises à jour. Chaque sauvegarde est vérifiée avant d’être gardée. Les sauvegardes sont gardées environ un an&#xa0;: 12 quotidiennes, 10 hebdomadaires, 9 mensuelles.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Backing up and checking your journal…</source>
        <translation>Sauvegarde et vérification de votre journal…</translation>
    </message>
    <message>
        <source>No backup was made.</source>
        <translation>Aucune sauvegarde n’a été faite.</translation>
    </message>
    <message>
        <source>Backup made and checked.</source>
        <translation>Sauvegarde faite et vérifiée.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>Your journal is as it was.</source>
        <translation>Votre journal est resté tel quel.</translation>
    </message>
    <message>
        <source>Replace your journal with the backup of {0}?

Your current journal is backed up and kept beside it as a “pre-restore” file, so nothing is lost. Edit ▸ Undo cannot take a restore back, and the undo history is cleared.</source>
        <translation>Remplacer votre journal par la sauvegarde du {0}&#xa0;?

Votre journal actuel est sauvegardé et gardé à côté, dans un fichier «&#xa0;pre-restore&#xa0;»&#xa0;: rien n’est perdu. Édition ▸ Annuler ne peut pas revenir sur une restauration, et l’historique d’annulation est vidé.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Taken</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
</context>
<context>
    <name>BirthdayEdit</name>
    <message>
        <source>Known</source>
        <translation>Connu</translation>
    </message>
    <message>
        <source>Year unknown</source>
        <translation>Année inconnue</translation>
    </message>
</context>
<context>
    <name>BriefPanel</name>
    <message>
        <source>Choose who you talked with: what to ask them, what is still open between you and what they look for show here.</source>
        <translation>Choisissez avec qui vous avez parlé&#xa0;: ce qu’il faut lui demander, ce qui reste en suspens entre vous et ce que la personne cherche s’affichent ici.</translation>
    </message>
    <message>
        <source>Ask: {0}</source>
        <translation>À demander&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Looking for: {0}</source>
        <translation>Cherche&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Nothing noted yet.</source>
        <translation>Rien de noté pour l’instant.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Which column holds what?</source>
        <translation>Quelle colonne contient quoi&#xa0;?</translation>
    </message>
    <message>
        <source>The columns of {0} are not those of a Google, Outlook or LinkedIn export. Say which column holds what; a column left out is not imported.</source>
        <translation>Les colonnes de {0} ne sont pas celles d’un export Google, Outlook ou LinkedIn. Indiquez quelle colonne contient quoi&#xa0;; une colonne laissée de côté n’est pas importée.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contient</translation>
    </message>
    <message>
        <source>Choose the column that holds the name, or the first and last names.</source>
        <translation>Choisissez la colonne qui contient le nom, ou le prénom et le nom de famille.</translation>
    </message>
    <message>
        <source>Read the file</source>
        <translation>Lire le fichier</translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Laisser de côté</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>smoke test passed: {0}</source>
        <translation>test de fumée réussi&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0}: error: {1} (see {0} --help)</source>
        <translation>{0}&#xa0;: erreur&#xa0;: {1} (voir {0} --help)</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>the folder that holds the journal (default: the platform&apos;s user data folder; or set RELATIONS_DATA_DIR)</source>
        <translation>le dossier qui contient le journal (par défaut&#xa0;: le dossier des données de l’utilisateur du système&#xa0;; ou définir RELATIONS_DATA_DIR)</translation>
    </message>
    <message>
        <source>Relations: a private, offline journal for the few relationships that matter.</source>
        <translation>Relations&#xa0;: un journal privé, hors ligne, pour les quelques relations qui comptent.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>afficher la version et quitter</translation>
    </message>
    <message>
        <source>open the journal and the window, then close cleanly (for CI)</source>
        <translation>ouvrir le journal et la fenêtre, puis fermer proprement (pour l’intégration continue)</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>commandes&#xa0;</translation>
    </message>
    <message>
        <source>write the journal, or people, to a file</source>
        <translation>écrire le journal, ou des personnes, dans un fichier</translation>
    </message>
    <message>
        <source>the whole journal</source>
        <translation>tout le journal</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>add an export, or people from address books</source>
        <translation>ajouter un export, ou des personnes de carnets d’adresses</translation>
    </message>
    <message>
        <source>a Relations export</source>
        <translation>un export de Relations</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Open Relations to choose what to do, or run: {0}</source>
        <translation>Ouvrez Relations pour choisir quoi faire, ou lancez&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Open Relations to choose what to do.</source>
        <translation>Ouvrez Relations pour choisir quoi faire.</translation>
    </message>
    <message>
        <source>unexpected error ({0}: {1}); please report it</source>
        <translation>erreur inattendue ({0}&#xa0;: {1})&#xa0;; merci de la signaler</translation>
    </message>
    <message>
        <source>{0} is not encrypted: anyone who can read it can read it all.</source>
        <translation>{0} n’est pas chiffré&#xa0;: quiconque peut le lire peut tout lire.</translation>
    </message>
    <message>
        <source>{0}: cannot write ({1})</source>
        <translation>{0}&#xa0;: écriture impossible ({1})</translation>
    </message>
    <message>
        <source>relations: warning: {0}</source>
        <translation>relations&#xa0;: attention&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Exported the journal to {0}</source>
        <translation>Journal exporté dans {0}</translation>
    </message>
    <message>
        <source>Importing: {0}% ({1} of {2} rows)</source>
        <translation>Importation&#xa0;: {0}&#xa0;% ({1} lignes sur {2})</translation>
    </message>
    <message>
        <source>Imported {0}, {1} and {2} from {3}</source>
        <translation>Importé depuis {3}&#xa0;: {0}, {1} et {2}</translation>
    </message>
    <message>
        <source>check the journal&apos;s integrity without changing anything</source>
        <translation>vérifier l’intégrité du journal sans rien modifier</translation>
    </message>
    <message>
        <source>make a verified backup now</source>
        <translation>faire une sauvegarde vérifiée maintenant</translation>
    </message>
    <message>
        <source>list the backups</source>
        <translation>lister les sauvegardes</translation>
    </message>
    <message>
        <source>replace the journal with a backup (the current file is kept)</source>
        <translation>remplacer le journal par une sauvegarde (le fichier actuel est gardé)</translation>
    </message>
    <message>
        <source>the backup file to restore</source>
        <translation>le fichier de sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>the newest good backup</source>
        <translation>la plus récente sauvegarde en bon état</translation>
    </message>
    <message>
        <source>{0}: open in Relations now (process {1}), but its write-ahead log was removed from the folder; close Relations normally so that it saves its changes.</source>
        <translation>{0}&#xa0;: ouvert dans Relations en ce moment (processus {1}), mais son journal d’écriture anticipée a été retiré du dossier&#xa0;; fermez Relations normalement pour qu’il enregistre ses modifications.</translation>
    </message>
    <message>
        <source>{0}: ok</source>
        <translation>{0}&#xa0;: en bon état</translation>
    </message>
    <message>
        <source>(open in Relations now, process {0})</source>
        <translation>(ouvert dans Relations en ce moment, processus {0})</translation>
    </message>
    <message>
        <source>{0} is not encrypted, unlike the journal.</source>
        <translation>{0} n’est pas chiffré, contrairement au journal.</translation>
    </message>
    <message>
        <source>warning: {0}</source>
        <translation>attention&#xa0;: {0}</translation>
    </message>
    <message>
        <source>There is no journal at {0} yet.</source>
        <translation>Il n’y a pas encore de journal à l’emplacement {0}.</translation>
    </message>
    <message>
        <source>No backups yet in {0}</source>
        <translation>Pas encore de sauvegarde dans {0}</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>encrypted with another passphrase</source>
        <translation>chiffrée avec une autre phrase secrète</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>No good backup in {0}</source>
        <translation>Aucune sauvegarde en bon état dans {0}</translation>
    </message>
    <message>
        <source>{0}: no such backup file</source>
        <translation>{0}&#xa0;: ce fichier de sauvegarde n’existe pas</translation>
    </message>
    <message>
        <source>Restored {0}</source>
        <translation>{0} restauré</translation>
    </message>
    <message>
        <source>The previous journal was kept as {0}</source>
        <translation>Le journal précédent a été gardé sous le nom {0}</translation>
    </message>
    <message>
        <source>encrypt the journal and its backups with a passphrase (forget it and no one can open them again)</source>
        <translation>chiffrer le journal et ses sauvegardes par une phrase secrète (oubliez-la et personne ne pourra plus les ouvrir)</translation>
    </message>
    <message>
        <source>change the passphrase of the journal and its backups</source>
        <translation>changer la phrase secrète du journal et de ses sauvegardes</translation>
    </message>
    <message>
        <source>remove the encryption of the journal and its backups (plain files)</source>
        <translation>retirer le chiffrement du journal et de ses sauvegardes (fichiers en clair)</translation>
    </message>
    <message>
        <source>{0} is encrypted already.</source>
        <translation>{0} est déjà chiffré.</translation>
    </message>
    <message>
        <source>{0} is not encrypted.</source>
        <translation>{0} n’est pas chiffré.</translation>
    </message>
    <message>
        <source>{0} did not open with the passphrase (an earlier passphrase, or damage); it stays encrypted as it was.</source>
        <translation>{0} ne s’est pas ouvert avec la phrase secrète (une ancienne phrase secrète, ou un dommage)&#xa0;; il reste chiffré tel quel.</translation>
    </message>
    <message>
        <source>Encrypted {0} and its backups. Without the passphrase no one can open them, not even with the help of Relations&apos; authors: keep it safe.</source>
        <translation>{0} et ses sauvegardes sont chiffrés. Sans la phrase secrète, personne ne peut les ouvrir, pas même avec l’aide des auteurs de Relations&#xa0;: gardez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>Changed the passphrase of {0} and of its backups.</source>
        <translation>La phrase secrète de {0} et de ses sauvegardes a été changée.</translation>
    </message>
    <message>
        <source>Removed the encryption of {0} and of its backups: they are plain files now.</source>
        <translation>Le chiffrement de {0} et de ses sauvegardes a été retiré&#xa0;: ce sont désormais des fichiers en clair.</translation>
    </message>
    <message>
        <source>read the journal&apos;s passphrase from the first line of FILE (or set RELATIONS_PASSPHRASE); without either it is asked for</source>
        <translation>lire la phrase secrète du journal sur la première ligne de FICHIER (ou définir RELATIONS_PASSPHRASE)&#xa0;; sans l’un ni l’autre, elle est demandée</translation>
    </message>
    <message>
        <source>read the new passphrase from the first line of FILE (or set RELATIONS_NEW_PASSPHRASE); without either it is asked for twice</source>
        <translation>lire la nouvelle phrase secrète sur la première ligne de FICHIER (ou définir RELATIONS_NEW_PASSPHRASE)&#xa0;; sans l’un ni l’autre, elle est demandée deux fois</translation>
    </message>
    <message>
        <source>{0} is encrypted: give its passphrase with --passphrase-file FILE or RELATIONS_PASSPHRASE, or run the command in a terminal.</source>
        <translation>{0} est chiffré&#xa0;: donnez sa phrase secrète avec --passphrase-file FICHIER ou RELATIONS_PASSPHRASE, ou lancez la commande dans un terminal.</translation>
    </message>
    <message>
        <source>Passphrase for {0}: </source>
        <translation>Phrase secrète de {0}&#xa0;: </translation>
    </message>
    <message>
        <source>no new passphrase: give it with --new-passphrase-file FILE or RELATIONS_NEW_PASSPHRASE, or run the command in a terminal.</source>
        <translation>pas de nouvelle phrase secrète&#xa0;: donnez-la avec --new-passphrase-file FICHIER ou RELATIONS_NEW_PASSPHRASE, ou lancez la commande dans un terminal.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>La même phrase secrète, une seconde fois&#xa0;: </translation>
    </message>
    <message>
        <source>the two passphrases differ; nothing was changed.</source>
        <translation>les deux phrases secrètes diffèrent&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{0}: the passphrase is not UTF-8 text.</source>
        <translation>{0}&#xa0;: la phrase secrète n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>the passphrase is empty.</source>
        <translation>la phrase secrète est vide.</translation>
    </message>
    <message>
        <source>Wrote 1 person to {0}</source>
        <translation>1 personne écrite dans {0}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln people to {0}</source>
        <translation>
            <numerusform>%Ln personne écrite dans {0}</numerusform>
            <numerusform>%Ln personnes écrites dans {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Would add 1 person.</source>
        <translation>Ajouterait 1 personne.</translation>
    </message>
    <message numerus="yes">
        <source>Would add %Ln people.</source>
        <translation>
            <numerusform>Ajouterait %Ln personne.</numerusform>
            <numerusform>Ajouterait %Ln personnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped 1 already there.</source>
        <translation>1 déjà présente, laissée de côté.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %Ln already there.</source>
        <translation>
            <numerusform>%Ln déjà présente, laissée de côté.</numerusform>
            <numerusform>%Ln déjà présentes, laissées de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added 1 person.</source>
        <translation>1 personne ajoutée.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln people.</source>
        <translation>
            <numerusform>%Ln personne ajoutée.</numerusform>
            <numerusform>%Ln personnes ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 value could not be read and was left out (see --dry-run).</source>
        <translation>1 valeur n’a pas pu être lue et a été laissée de côté (voir --dry-run).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln values could not be read and were left out (see --dry-run).</source>
        <translation>
            <numerusform>%Ln valeur n’a pas pu être lue et a été laissée de côté (voir --dry-run).</numerusform>
            <numerusform>%Ln valeurs n’ont pas pu être lues et ont été laissées de côté (voir --dry-run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more (relations today --json lists all)</source>
        <translation>
            <numerusform>… et %Ln autre (relations today --json affiche tout)</numerusform>
            <numerusform>… et %Ln autres (relations today --json affiche tout)</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the overview (1 page) to {0}</source>
        <translation>Bilan écrit dans {0} (1 page)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the overview (%Ln pages) to {0}</source>
        <translation>
            <numerusform>Bilan écrit dans {0} (%Ln page)</numerusform>
            <numerusform>Bilan écrit dans {0} (%Ln pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>print the relationship overview to a PDF file</source>
        <translation>imprimer le bilan des relations dans un fichier PDF</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>le fichier PDF à écrire</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>only this person (repeat for several)</source>
        <translation>seulement cette personne (à répéter pour plusieurs)</translation>
    </message>
    <message>
        <source>only one circle: inner, close, wider or acquaintance</source>
        <translation>un seul cercle&#xa0;: inner (intime), close (proche), wider (élargi) ou acquaintance (connaissances)</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>conversations from this day on, as YYYY-MM-DD (default: the last {0} days)</source>
        <translation>les conversations à partir de ce jour, au format AAAA-MM-JJ (par défaut&#xa0;: les {0} derniers jours)</translation>
    </message>
    <message>
        <source>include private notes (left out by default: paper leaves the laptop)</source>
        <translation>inclure les notes privées (omises par défaut&#xa0;: le papier quitte l’ordinateur)</translation>
    </message>
    <message>
        <source>let people follow one another instead of one page each</source>
        <translation>enchaîner les personnes au lieu d’une page chacune</translation>
    </message>
    <message>
        <source>{0}: cannot write the PDF ({1})</source>
        <translation>{0}&#xa0;: impossible d’écrire le PDF ({1})</translation>
    </message>
    <message>
        <source>--since {0}: not a date; write it as YYYY-MM-DD, e.g. {1}</source>
        <translation>--since {0}&#xa0;: ce n’est pas une date&#xa0;; écrivez-la au format AAAA-MM-JJ, par exemple {1}</translation>
    </message>
    <message>
        <source>--circle {0}: no such circle; choose one of {1}</source>
        <translation>--circle {0}&#xa0;: ce cercle n’existe pas&#xa0;; choisissez parmi {1}</translation>
    </message>
    <message>
        <source>--person {0}: no one of that name in the journal</source>
        <translation>--person {0}&#xa0;: personne de ce nom dans le journal</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels&#xa0;</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options&#xa0;</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont requis&#xa0;: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valable&#xa0;: %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valable&#xa0;: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non permis avec l’argument %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l’un des arguments %s est requis</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite ignoré&#xa0;: %r</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>commande inconnue %(parser_name)r (choix&#xa0;: %(choices)s)</translation>
    </message>
    <message>
        <source>print today&apos;s practice: whom to help, promises, whom to reconnect with</source>
        <translation>afficher la pratique du jour&#xa0;: qui aider, les promesses, avec qui reprendre contact</translation>
    </message>
    <message>
        <source>print one JSON object with every item (for scripts)</source>
        <translation>afficher un objet JSON avec chaque élément (pour les scripts)</translation>
    </message>
    <message>
        <source>the agenda as of this day, YYYY-MM-DD (default: today)</source>
        <translation>l’agenda à cette date, AAAA-MM-JJ (par défaut&#xa0;: aujourd’hui)</translation>
    </message>
    <message>
        <source>Relations (process {0}) has this journal closed just now: locked while idle, or busy restoring it. Unlock it or wait, then try again.</source>
        <translation>Relations (processus {0}) a fermé ce journal pour le moment&#xa0;: verrouillé après une période d’inactivité, ou en pleine restauration. Déverrouillez-le ou patientez, puis réessayez.</translation>
    </message>
    <message>
        <source>--date {0}: not a date; write it as YYYY-MM-DD</source>
        <translation>--date {0}&#xa0;: ce n’est pas une date&#xa0;; écrivez-la au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>--date {0}: choose a day between {1} and {2}</source>
        <translation>--date {0}&#xa0;: choisissez un jour entre le {1} et le {2}</translation>
    </message>
    <message>
        <source>Today, {0}</source>
        <translation>Aujourd’hui, {0}</translation>
    </message>
    <message>
        <source>Someone you could help</source>
        <translation>Quelqu’un que vous pourriez aider</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Promesses</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reprendre contact</translation>
    </message>
    <message>
        <source>Who should meet whom</source>
        <translation>Qui devrait rencontrer qui</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Cercles</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>add people from vCard (.vcf) or CSV address book files</source>
        <translation>ajouter des personnes depuis des carnets d’adresses vCard (.vcf) ou CSV</translation>
    </message>
    <message>
        <source>a .vcf or .csv file from a phone, Google, Outlook or LinkedIn</source>
        <translation>un fichier .vcf ou .csv de téléphone, Google, Outlook ou LinkedIn</translation>
    </message>
    <message>
        <source>list who would be added, one a line, and write nothing</source>
        <translation>lister qui serait ajouté, un par ligne, sans rien écrire</translation>
    </message>
    <message>
        <source>the circle of the people added (default: acquaintance)</source>
        <translation>le cercle des personnes ajoutées (par défaut&#xa0;: acquaintance, connaissances)</translation>
    </message>
    <message>
        <source>add only the contact of this name (may be repeated)</source>
        <translation>n’ajouter que le contact de ce nom (peut être répété)</translation>
    </message>
    <message>
        <source>write people as a vCard 3.0 file for an address book</source>
        <translation>écrire les personnes dans un fichier vCard 3.0 pour un carnet d’adresses</translation>
    </message>
    <message>
        <source>the .vcf file to write (replaced whole)</source>
        <translation>le fichier .vcf à écrire (remplacé en entier)</translation>
    </message>
    <message>
        <source>only this person (may be repeated; default: everyone)</source>
        <translation>seulement cette personne (peut être répété&#xa0;; par défaut&#xa0;: tout le monde)</translation>
    </message>
    <message>
        <source>include private notes</source>
        <translation>inclure les notes privées</translation>
    </message>
    <message>
        <source>{0}; in the window, File ▸ Import contacts… asks which column holds what</source>
        <translation>{0}&#xa0;; dans la fenêtre, Fichier ▸ Importer des contacts… demande quelle colonne contient quoi</translation>
    </message>
    <message>
        <source>No contact called {0} in these files.</source>
        <translation>Aucun contact nommé {0} dans ces fichiers.</translation>
    </message>
    <message>
        <source>No one called {0} in the journal.</source>
        <translation>Personne du nom de {0} dans le journal.</translation>
    </message>
    <message>
        <source>left out: {0}</source>
        <translation>laissé de côté&#xa0;: {0}</translation>
    </message>
    <message>
        <source>No one new to add.</source>
        <translation>Personne de nouveau à ajouter.</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>nickname</source>
        <translation>surnom</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>email</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>anniversaire</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>name: cut to {0} characters; the whole name is at the top of the notes</source>
        <translation>nom&#xa0;: coupé à {0} caractères&#xa0;; le nom entier est en tête des notes</translation>
    </message>
    <message>
        <source>birthday: &apos;{0}&apos; is not a date</source>
        <translation>anniversaire&#xa0;: «&#xa0;{0}&#xa0;» n’est pas une date</translation>
    </message>
    <message>
        <source>a contact without a name</source>
        <translation>un contact sans nom</translation>
    </message>
    <message>
        <source>line {0}: {1}</source>
        <translation>ligne {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>the columns are not those of a Google, Outlook or LinkedIn export (the file begins: &apos;{0}&apos;)</source>
        <translation>les colonnes ne sont pas celles d’un export Google, Outlook ou LinkedIn (le fichier commence par&#xa0;: «&#xa0;{0}&#xa0;»)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Surnom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>has {0} columns, more than any address book export</source>
        <translation>a {0} colonnes, plus que tout export de carnet d’adresses</translation>
    </message>
    <message>
        <source>a quote (&quot;) opens here and is never closed</source>
        <translation>un guillemet (&quot;) s’ouvre ici et ne se ferme jamais</translation>
    </message>
    <message>
        <source>(column {0})</source>
        <translation>(colonne {0})</translation>
    </message>
    <message>
        <source>not readable as CSV ({0})</source>
        <translation>illisible en CSV ({0})</translation>
    </message>
    <message>
        <source>is not a text file (contacts are read from .vcf or .csv files)</source>
        <translation>n’est pas un fichier texte (les contacts sont lus dans des fichiers .vcf ou .csv)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is not a vCard (it does not begin with BEGIN:VCARD)</source>
        <translation>n’est pas une vCard (ne commence pas par BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>holds more than {0} contacts, more than any address book</source>
        <translation>contient plus de {0} contacts, plus que tout carnet d’adresses</translation>
    </message>
    <message>
        <source>holds no contact</source>
        <translation>ne contient aucun contact</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>is too large to be an address book ({0} MB; at most {1} MB)</source>
        <translation>est trop gros pour un carnet d’adresses ({0} Mo&#xa0;; au plus {1} Mo)</translation>
    </message>
    <message>
        <source>a vCard begins here and never ends (END:VCARD is missing)</source>
        <translation>une vCard commence ici et ne finit jamais (END:VCARD manque)</translation>
    </message>
    <message>
        <source>not a vCard line: &apos;{0}&apos;</source>
        <translation>pas une ligne vCard&#xa0;: «&#xa0;{0}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ContactsCommands</name>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Address books (*.vcf *.vcard *.csv);;All files (*)</source>
        <translation>Carnets d’adresses (*.vcf *.vcard *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Lecture de {0}…</translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln files…</source>
        <translation>
            <numerusform>Lecture de %Ln fichier…</numerusform>
            <numerusform>Lecture de %Ln fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be imported:
{0}

Nothing was changed.</source>
        <translation>Ce fichier ne peut pas être importé&#xa0;:
{0}

Rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>{0} and %Ln more</source>
        <translation>
            <numerusform>{0} et %Ln autre</numerusform>
            <numerusform>{0} et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: no one was added.</source>
        <translation>Importation annulée&#xa0;: personne n’a été ajouté.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Added 1 person.</source>
        <translation>1 personne ajoutée.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln people.</source>
        <translation>
            <numerusform>%Ln personne ajoutée.</numerusform>
            <numerusform>%Ln personnes ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filled in 1 person.</source>
        <translation>1 fiche complétée.</translation>
    </message>
    <message numerus="yes">
        <source>Filled in %Ln people.</source>
        <translation>
            <numerusform>%Ln fiche complétée.</numerusform>
            <numerusform>%Ln fiches complétées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit ▸ Undo (Ctrl+Z) takes it all out again.</source>
        <translation>Édition ▸ Annuler (Ctrl+Z) retire tout de nouveau.</translation>
    </message>
    <message>
        <source>Merged {0} into {1}. Edit ▸ Undo (Ctrl+Z) separates them again.</source>
        <translation>{0} fusionné dans {1}. Édition ▸ Annuler (Ctrl+Z) les sépare de nouveau.</translation>
    </message>
    <message>
        <source>Export contacts (vCard)</source>
        <translation>Exporter les contacts (vCard)</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Écriture de {0}…</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Rien n’a été exporté.</translation>
    </message>
    <message>
        <source>Wrote 1 person to {0}</source>
        <translation>1 personne écrite dans {0}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln people to {0}</source>
        <translation>
            <numerusform>%Ln personne écrite dans {0}</numerusform>
            <numerusform>%Ln personnes écrites dans {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsPreviewDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Pick the people who matter; you can import more later.</source>
        <translation>Choisissez les personnes qui comptent&#xa0;; vous pourrez en importer d’autres plus tard.</translation>
    </message>
    <message>
        <source>Filter by name, organisation, email, phone or file</source>
        <translation>Filtrer par nom, organisation, courriel, téléphone ou fichier</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Tous les contacts</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Choisis</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Déjà présents</translation>
    </message>
    <message>
        <source>No contact matches this filter.</source>
        <translation>Aucun contact ne correspond à ce filtre.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Add the people chosen to the &amp;circle:</source>
        <translation>Ajouter les personnes choisies au &amp;cercle&#xa0;:</translation>
    </message>
    <message>
        <source>1 contact in {0}.</source>
        <translation>1 contact dans {0}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts in {0}.</source>
        <translation>
            <numerusform>%Ln contact dans {0}.</numerusform>
            <numerusform>%Ln contacts dans {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 may already be there: it is marked, and skipped unless you say so.</source>
        <translation>1 est peut-être déjà là&#xa0;: il est marqué, et laissé de côté sauf si vous le demandez.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln may already be there: they are marked, and skipped unless you say so.</source>
        <translation>
            <numerusform>%Ln est peut-être déjà là&#xa0;: il est marqué, et laissé de côté sauf si vous le demandez.</numerusform>
            <numerusform>%Ln sont peut-être déjà là&#xa0;: ils sont marqués, et laissés de côté sauf si vous le demandez.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 has a field that cannot be read: its name&apos;s tooltip says which.</source>
        <translation>1 a un champ illisible&#xa0;: l’infobulle de son nom dit lequel.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln have a field that cannot be read: their name&apos;s tooltip says which.</source>
        <translation>
            <numerusform>%Ln a un champ illisible&#xa0;: l’infobulle de son nom dit lequel.</numerusform>
            <numerusform>%Ln ont un champ illisible&#xa0;: l’infobulle de leur nom dit lequel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Untick</source>
        <translation>Décocher</translation>
    </message>
    <message>
        <source>Tick</source>
        <translation>Cocher</translation>
    </message>
    <message>
        <source>Combine with the same contact above</source>
        <translation>Combiner avec le même contact plus haut</translation>
    </message>
    <message>
        <source>Fill in the empty fields of the person already there</source>
        <translation>Compléter les champs vides de la personne déjà présente</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Laisser de côté</translation>
    </message>
    <message>
        <source>Add as a new person</source>
        <translation>Ajouter comme nouvelle personne</translation>
    </message>
    <message>
        <source>1 chosen</source>
        <translation>1 choisi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen</source>
        <translation>
            <numerusform>%Ln choisi</numerusform>
            <numerusform>%Ln choisis</numerusform>
        </translation>
    </message>
    <message>
        <source>None chosen yet</source>
        <translation>Aucun choisi pour l’instant</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contact</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave without importing the person you chose?</source>
        <translation>Partir sans importer la personne choisie&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Leave without importing the %Ln people you chose?</source>
        <translation>
            <numerusform>Partir sans importer la %Ln personne choisie&#xa0;?</numerusform>
            <numerusform>Partir sans importer les %Ln personnes choisies&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsPreviewModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Already there?</source>
        <translation>Déjà présent&#xa0;?</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Someone in your journal this contact may be (same email, phone or name), or the same contact found earlier in the files</source>
        <translation>La personne de votre journal que ce contact est peut-être (même courriel, téléphone ou nom), ou le même contact trouvé plus haut dans les fichiers</translation>
    </message>
    <message>
        <source>What to do with a contact that is already there</source>
        <translation>Que faire d’un contact déjà présent</translation>
    </message>
    <message>
        <source>{0} (same email)</source>
        <translation>{0} (même courriel)</translation>
    </message>
    <message>
        <source>{0} (same phone)</source>
        <translation>{0} (même téléphone)</translation>
    </message>
    <message>
        <source>{0} (same name)</source>
        <translation>{0} (même nom)</translation>
    </message>
    <message numerus="yes">
        <source>{0} and %Ln more</source>
        <translation>
            <numerusform>{0} et %Ln autre</numerusform>
            <numerusform>{0} et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Same as line {0}</source>
        <translation>Comme la ligne {0}</translation>
    </message>
    <message>
        <source>Same as {0}, line {1}</source>
        <translation>Comme {0}, ligne {1}</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Laisser de côté</translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation>Ajouter comme nouveau</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>Compléter</translation>
    </message>
    <message>
        <source>Combine</source>
        <translation>Combiner</translation>
    </message>
    <message>
        <source>Nickname: {0}</source>
        <translation>Surnom&#xa0;: {0}</translation>
    </message>
    <message>
        <source>City: {0}</source>
        <translation>Ville&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Notes: {0}</source>
        <translation>Notes&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Left out: {0}</source>
        <translation>Laissé de côté&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <source>Edit conversation</source>
        <translation>Modifier la conversation</translation>
    </message>
    <message>
        <source>Log a conversation</source>
        <translation>Noter une conversation</translation>
    </message>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation>Où elle a eu lieu</translation>
    </message>
    <message>
        <source>What you talked about</source>
        <translation>Ce dont vous avez parlé</translation>
    </message>
    <message>
        <source>Something you learned about them</source>
        <translation>Quelque chose que vous avez appris sur la personne</translation>
    </message>
    <message>
        <source>Send her the article on mentoring</source>
        <translation>Lui envoyer l’article sur le mentorat</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;Avec&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;How, where:</source>
        <translation>&amp;Comment, où&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>What I &amp;learned:</source>
        <translation>Ce que j’ai a&amp;ppris&#xa0;:</translation>
    </message>
    <message>
        <source>De&amp;pth:</source>
        <translation>P&amp;rofondeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Suite à donner&#xa0;:</translation>
    </message>
    <message>
        <source>{0} has not come yet: log a conversation once it took place.</source>
        <translation>Le {0} n’est pas encore arrivé&#xa0;: notez une conversation une fois qu’elle a eu lieu.</translation>
    </message>
</context>
<context>
    <name>DepthChart</name>
    <message>
        <source>Conversations by month and depth</source>
        <translation>Conversations par mois et par profondeur</translation>
    </message>
    <message>
        <source>1 conversation in the last 12 months.</source>
        <translation>1 conversation ces 12 derniers mois.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversations in the last 12 months.</source>
        <translation>
            <numerusform>%Ln conversation ces 12 derniers mois.</numerusform>
            <numerusform>%Ln conversations ces 12 derniers mois.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: 1 conversation</source>
        <translation>{0}&#xa0;: 1 conversation</translation>
    </message>
    <message numerus="yes">
        <source>{0}: %Ln conversations</source>
        <translation>
            <numerusform>{0}&#xa0;: %Ln conversation</numerusform>
            <numerusform>{0}&#xa0;: %Ln conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Log conversation…</source>
        <translation>Noter une conversation…</translation>
    </message>
    <message>
        <source>Record shared value…</source>
        <translation>Noter une valeur partagée…</translation>
    </message>
    <message>
        <source>Record help…</source>
        <translation>Noter une aide…</translation>
    </message>
    <message>
        <source>Edit person…</source>
        <translation>Modifier la personne…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>No one selected</source>
        <translation>Personne n’est sélectionné</translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation>Fiche&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Select someone to see your story together.</source>
        <translation>Choisissez quelqu’un pour voir votre histoire commune.</translation>
    </message>
</context>
<context>
    <name>DuplicatePairsModel</name>
    <message>
        <source>One entry</source>
        <translation>Une fiche</translation>
    </message>
    <message>
        <source>The other</source>
        <translation>L’autre</translation>
    </message>
    <message>
        <source>Why they may be one person</source>
        <translation>Pourquoi c’est peut-être une seule personne</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0}, archived</source>
        <translation>{0}, archivée</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>même courriel</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>même téléphone</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>These people may be one person: they share an email address, a phone number or a name. Merge the pairs that are one; leave the others.</source>
        <translation>Ces fiches sont peut-être une seule personne&#xa0;: elles partagent une adresse de courriel, un numéro de téléphone ou un nom. Fusionnez les paires qui n’en font qu’une&#xa0;; laissez les autres.</translation>
    </message>
    <message>
        <source>No possible duplicates: no two people share an email, a phone or a name.</source>
        <translation>Aucun doublon possible&#xa0;: aucune paire de fiches ne partage un courriel, un téléphone ou un nom.</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>Your journal is encrypted, but this file will not be: anyone who can open it can read everything in it. Keep it somewhere safe, and delete it when you no longer need it. Write it all the same?</source>
        <translation>Votre journal est chiffré, mais ce fichier ne le sera pas&#xa0;: quiconque peut l’ouvrir peut tout y lire. Gardez-le en lieu sûr, et supprimez-le quand vous n’en avez plus besoin. L’écrire quand même&#xa0;?</translation>
    </message>
</context>
<context>
    <name>EncryptionCommands</name>
    <message>
        <source>Lock &amp;after</source>
        <translation>&amp;Verrouiller après</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypt journal</source>
        <translation>Chiffrer le journal</translation>
    </message>
    <message>
        <source>This installation of Relations cannot encrypt: the sqlcipher3 module is missing. Install it (pip install sqlcipher3) and start Relations again.</source>
        <translation>Cette installation de Relations ne peut pas chiffrer&#xa0;: le module sqlcipher3 manque. Installez-le (pip install sqlcipher3) et relancez Relations.</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Chiffrer</translation>
    </message>
    <message>
        <source>Encrypting the journal and its backups…</source>
        <translation>Chiffrement du journal et de ses sauvegardes…</translation>
    </message>
    <message>
        <source>The journal and its backups are encrypted. Relations will ask for the passphrase each time it opens.</source>
        <translation>Le journal et ses sauvegardes sont chiffrés. Relations demandera la phrase secrète à chaque ouverture.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Changer</translation>
    </message>
    <message>
        <source>Changing the passphrase of the journal and its backups…</source>
        <translation>Changement de la phrase secrète du journal et de ses sauvegardes…</translation>
    </message>
    <message>
        <source>The passphrase is changed, for the journal and its backups.</source>
        <translation>La phrase secrète est changée, pour le journal et ses sauvegardes.</translation>
    </message>
    <message>
        <source>Remove encryption</source>
        <translation>Retirer le chiffrement</translation>
    </message>
    <message>
        <source>The journal and its backups will be stored as plain files: anyone who can use this computer, or a copy of its disk, can read them. Remove the encryption?</source>
        <translation>Le journal et ses sauvegardes seront enregistrés en clair&#xa0;: quiconque peut utiliser cet ordinateur, ou une copie de son disque, pourra les lire. Retirer le chiffrement&#xa0;?</translation>
    </message>
    <message>
        <source>Removing the encryption of the journal and its backups…</source>
        <translation>Retrait du chiffrement du journal et de ses sauvegardes…</translation>
    </message>
    <message>
        <source>The journal and its backups are plain files again.</source>
        <translation>Le journal et ses sauvegardes sont de nouveau en clair.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Phrase secrète erronée.</translation>
    </message>
    <message>
        <source>Type the journal&apos;s current passphrase first.</source>
        <translation>Saisissez d’abord la phrase secrète actuelle du journal.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The journal is encrypted, whole, and open.</source>
        <translation>Le journal est chiffré, intact et ouvert.</translation>
    </message>
    <message>
        <source>The journal is not encrypted, whole, and open.</source>
        <translation>Le journal n’est pas chiffré&#xa0;; il est intact et ouvert.</translation>
    </message>
    <message>
        <source>These copies did not open with the passphrase (an earlier passphrase, or damage) and stay encrypted as they were:
{0}</source>
        <translation>Ces copies ne se sont pas ouvertes avec la phrase secrète (une ancienne phrase secrète, ou un dommage) et restent chiffrées telles quelles&#xa0;:
{0}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This conversation is no longer in the journal.</source>
        <translation>Cette conversation n’est plus dans le journal.</translation>
    </message>
    <message>
        <source>This help record is no longer in the journal.</source>
        <translation>Cette aide n’est plus dans le journal.</translation>
    </message>
    <message>
        <source>Nothing was saved: the disk is full. Free some space, then save again.</source>
        <translation>Rien n’a été enregistré&#xa0;: le disque est plein. Libérez de la place, puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>Nothing was saved: the data folder is read-only.</source>
        <translation>Rien n’a été enregistré&#xa0;: le dossier de données est en lecture seule.</translation>
    </message>
    <message>
        <source>{0} is read-only; Relations leaves it as it is. Make it writable to use it.</source>
        <translation>{0} est en lecture seule&#xa0;; Relations le laisse tel quel. Rendez-le modifiable pour l’utiliser.</translation>
    </message>
    <message>
        <source>{0} is a symbolic link; Relations writes only into real folders and files inside the data folder. Remove the link.</source>
        <translation>{0} est un lien symbolique&#xa0;; Relations n’écrit que dans de vrais dossiers et fichiers du dossier de données. Supprimez le lien.</translation>
    </message>
    <message>
        <source>Nothing was saved: the journal file is locked by another program.</source>
        <translation>Rien n’a été enregistré&#xa0;: le fichier du journal est verrouillé par un autre programme.</translation>
    </message>
    <message>
        <source>Nothing was saved: the search index was damaged. It has been rebuilt from your journal, which is whole; save again.</source>
        <translation>Rien n’a été enregistré&#xa0;: l’index de recherche était abîmé. Il a été reconstruit à partir de votre journal, qui est intact&#xa0;; enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>The journal file is damaged ({0}).</source>
        <translation>Le fichier du journal est endommagé ({0}).</translation>
    </message>
    <message>
        <source>This journal was written by a newer version of Relations ({0}).</source>
        <translation>Ce journal a été écrit par une version plus récente de Relations ({0}).</translation>
    </message>
    <message>
        <source>This journal must first be updated by this version of Relations ({0}): close Relations, then run the command again.</source>
        <translation>Ce journal doit d’abord être mis à jour par cette version de Relations ({0})&#xa0;: fermez Relations, puis relancez la commande.</translation>
    </message>
    <message>
        <source>This file is not a Relations journal ({0}).</source>
        <translation>Ce fichier n’est pas un journal Relations ({0}).</translation>
    </message>
    <message>
        <source>Wrong passphrase for {0} (or its first page is damaged); nothing was changed.</source>
        <translation>Phrase secrète erronée pour {0} (ou sa première page est endommagée)&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This journal is encrypted, and this installation of Relations cannot open encrypted journals: the sqlcipher3 module is missing (pip install sqlcipher3).</source>
        <translation>Ce journal est chiffré, et cette installation de Relations ne peut pas ouvrir les journaux chiffrés&#xa0;: le module sqlcipher3 manque (pip install sqlcipher3).</translation>
    </message>
    <message>
        <source>{0} cannot be read, so it cannot be converted; nothing was changed. Move it out of the data folder, or delete it, then try again.</source>
        <translation>{0} est illisible et ne peut donc pas être converti&#xa0;; rien n’a été modifié. Sortez-le du dossier de données, ou supprimez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>The journal is locked; unlock it first.</source>
        <translation>Le journal est verrouillé&#xa0;; déverrouillez-le d’abord.</translation>
    </message>
    <message>
        <source>The journal is encrypted already.</source>
        <translation>Le journal est déjà chiffré.</translation>
    </message>
    <message>
        <source>The journal is not encrypted.</source>
        <translation>Le journal n’est pas chiffré.</translation>
    </message>
    <message>
        <source>That backup cannot be restored ({0}).</source>
        <translation>Cette sauvegarde ne peut pas être restaurée ({0}).</translation>
    </message>
    <message>
        <source>Nothing was saved: {0}</source>
        <translation>Rien n’a été enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>a file stands where a folder should be</source>
        <translation>un fichier se trouve là où devrait être un dossier</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>ce fichier ou ce dossier n’existe pas</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>this is a symbolic link, which Relations does not follow</source>
        <translation>c’est un lien symbolique, que Relations ne suit pas</translation>
    </message>
    <message>
        <source>this is the journal itself; choose another file</source>
        <translation>c’est le journal lui-même&#xa0;; choisissez un autre fichier</translation>
    </message>
    <message>
        <source>This person is no longer in the journal.</source>
        <translation>Cette personne n’est plus dans le journal.</translation>
    </message>
    <message>
        <source>This value is no longer in the journal.</source>
        <translation>Cette valeur n’est plus dans le journal.</translation>
    </message>
    <message>
        <source>This offer is no longer in the journal.</source>
        <translation>Cette offre n’est plus dans le journal.</translation>
    </message>
    <message>
        <source>One of these people is no longer in the journal.</source>
        <translation>L’une de ces personnes n’est plus dans le journal.</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Export to JSON</source>
        <translation>Exporter en JSON</translation>
    </message>
    <message>
        <source>Relations export (*.json)</source>
        <translation>Export de Relations (*.json)</translation>
    </message>
    <message>
        <source>Writing your journal to {0}…</source>
        <translation>Écriture de votre journal dans {0}…</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Rien n’a été exporté.</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>Exporté dans {0}</translation>
    </message>
    <message>
        <source>Import from JSON</source>
        <translation>Importer depuis JSON</translation>
    </message>
    <message>
        <source>Relations export (*.json);;All files (*)</source>
        <translation>Export de Relations (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was added.</source>
        <translation>Importation annulée&#xa0;: rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Imported {0}. Edit ▸ Undo (Ctrl+Z) takes it all out again.</source>
        <translation>{0} importé. Édition ▸ Annuler (Ctrl+Z) retire tout de nouveau.</translation>
    </message>
    <message>
        <source>Reading and checking {0}…</source>
        <translation>Lecture et vérification de {0}…</translation>
    </message>
    <message>
        <source>{0} cannot be imported:
{1}

Nothing was changed.</source>
        <translation>{0} ne peut pas être importé&#xa0;:
{1}

Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Add {0}, {1} and {2} from {3} to your journal?</source>
        <translation>Ajouter à votre journal {0}, {1} et {2} venant de {3}&#xa0;?</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Affichées</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Edit help</source>
        <translation>Modifier l’aide</translation>
    </message>
    <message>
        <source>Record help</source>
        <translation>Noter une aide</translation>
    </message>
    <message>
        <source>Looked over her CV before the interview</source>
        <translation>Relu son CV avant l’entretien</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Promis pour le</translation>
    </message>
    <message>
        <source>When you said you would do it: Today lists it under Promises until then.</source>
        <translation>Quand vous avez dit que vous le feriez&#xa0;: Aujourd’hui l’affiche dans les Promesses jusque-là.</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Personne&#xa0;:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>&amp;Sens&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Quoi&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Offered on:</source>
        <translation>&amp;Proposée le&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>cannot be read ({0})</source>
        <translation>ne peut pas être lu ({0})</translation>
    </message>
    <message>
        <source>is not a regular file (a folder, a device or a pipe)</source>
        <translation>n’est pas un fichier ordinaire (un dossier, un périphérique ou un tube)</translation>
    </message>
    <message>
        <source>is {0} MB; an export to import is at most {1} MB</source>
        <translation>fait {0} Mo&#xa0;; un export à importer fait au plus {1} Mo</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {0})</source>
        <translation>n’est pas du texte UTF-8 (octet {0})</translation>
    </message>
    <message>
        <source>is not valid JSON (line {0}, column {1}: {2})</source>
        <translation>n’est pas du JSON valable (ligne {0}, colonne {1}&#xa0;: {2})</translation>
    </message>
    <message>
        <source>is nested more than {0} levels deep</source>
        <translation>est imbriqué sur plus de {0} niveaux</translation>
    </message>
    <message>
        <source>holds a number of {0} digits; numbers have at most {1}</source>
        <translation>contient un nombre de {0} chiffres&#xa0;; les nombres en ont au plus {1}</translation>
    </message>
    <message>
        <source>holds {0}, which is not a number in standard JSON</source>
        <translation>contient {0}, qui n’est pas un nombre en JSON standard</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>un objet était attendu</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>du texte était attendu</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>un nombre entier était attendu</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false était attendu</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>une liste était attendue</translation>
    </message>
    <message>
        <source>is empty (expected YYYY-MM-DD)</source>
        <translation>est vide (AAAA-MM-JJ attendu)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a birthday (YYYY-MM-DD, or --MM-DD)</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas un anniversaire (AAAA-MM-JJ, ou --MM-JJ)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a date and time from {1} to {2}</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas une date et une heure entre {1} et {2}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a time (HH:MM)</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas une heure (HH:MM)</translation>
    </message>
    <message>
        <source>unknown {0} &apos;{1}&apos; (expected one of: {2})</source>
        <translation>{0} inconnu «&#xa0;{1}&#xa0;» (attendu&#xa0;: l’un de {2})</translation>
    </message>
    <message>
        <source>{0}… ({1} characters)</source>
        <translation>{0}… ({1} caractères)</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>not a Relations export (expected a JSON object at the top)</source>
        <translation>ce n’est pas un export de Relations (un objet JSON était attendu au premier niveau)</translation>
    </message>
    <message>
        <source>not a Relations export (format is {0}, expected &apos;{1}&apos;)</source>
        <translation>ce n’est pas un export de Relations (le format est {0}, «&#xa0;{1}&#xa0;» était attendu)</translation>
    </message>
    <message>
        <source>export version {0} is not supported (this Relations reads {1})</source>
        <translation>la version d’export {0} n’est pas prise en charge (ce Relations lit la version {1})</translation>
    </message>
    <message>
        <source>id {0} is used by another person too</source>
        <translation>l’identifiant {0} est aussi utilisé par une autre personne</translation>
    </message>
    <message>
        <source>expected a person id</source>
        <translation>un identifiant de personne était attendu</translation>
    </message>
    <message>
        <source>no person with id {0} in this file</source>
        <translation>aucune personne avec l’identifiant {0} dans ce fichier</translation>
    </message>
</context>
<context>
    <name>Instance</name>
    <message>
        <source>Relations is already open on this journal (process {0}), but its window did not answer. Switch to it, or close it first.</source>
        <translation>Relations est déjà ouvert sur ce journal (processus {0}), mais sa fenêtre n’a pas répondu. Passez-y, ou fermez-le d’abord.</translation>
    </message>
    <message>
        <source>The journal {0} could not be used: {1}.</source>
        <translation>Le journal {0} n’a pas pu être utilisé&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>This journal is open in Relations on another computer ({1}, process {0}). Close it there first; if it is not open there any more (a copied or synced folder), delete {2} and try again.</source>
        <translation>Ce journal est ouvert dans Relations sur un autre ordinateur ({1}, processus {0}). Fermez-le d’abord là-bas&#xa0;; s’il n’y est plus ouvert (un dossier copié ou synchronisé), supprimez {2} et réessayez.</translation>
    </message>
    <message>
        <source>Relations is open on this journal (process {0}); close it first.</source>
        <translation>Relations est ouvert sur ce journal (processus {0})&#xa0;; fermez-le d’abord.</translation>
    </message>
    <message>
        <source>Relations is busy with this journal (process {0}): a command is running, or the window is open. Wait for the command to finish, or close the window.</source>
        <translation>Relations est occupé avec ce journal (processus {0})&#xa0;: une commande est en cours, ou la fenêtre est ouverte. Attendez la fin de la commande, ou fermez la fenêtre.</translation>
    </message>
    <message>
        <source>{0} is a file, not a folder</source>
        <translation>{0} est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>it is on a read-only disk</source>
        <translation>il est sur un disque en lecture seule</translation>
    </message>
    <message>
        <source>you may not write there</source>
        <translation>vous n’avez pas le droit d’y écrire</translation>
    </message>
    <message>
        <source>the lock file cannot be written</source>
        <translation>le fichier de verrou ne peut pas être écrit</translation>
    </message>
    <message>
        <source>Cannot use the data folder {0}: {1}.</source>
        <translation>Impossible d’utiliser le dossier de données {0}&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>The installation is incomplete: {0} missing from {1}. Reinstall Relations.</source>
        <translation>L’installation est incomplète&#xa0;: {0} manque dans {1}. Réinstallez Relations.</translation>
    </message>
    <message>
        <source>Qt&apos;s network module cannot be loaded</source>
        <translation>le module réseau de Qt ne peut pas être chargé</translation>
    </message>
    <message>
        <source>there is no private place for its socket</source>
        <translation>il n’y a pas d’emplacement privé pour sa socket</translation>
    </message>
    <message>
        <source>Starting Relations again will not bring this window to the front ({0}).</source>
        <translation>Relancer Relations ne ramènera pas cette fenêtre au premier plan ({0}).</translation>
    </message>
</context>
<context>
    <name>IntervalDialog</name>
    <message>
        <source>Keep in touch</source>
        <translation>Garder le contact</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Pas de rappel</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Personne&#xa0;:</translation>
    </message>
    <message>
        <source>Keep in &amp;touch every:</source>
        <translation>Garder le &amp;contact tous les&#xa0;:</translation>
    </message>
</context>
<context>
    <name>IntroductionDialog</name>
    <message>
        <source>Record an introduction</source>
        <translation>Noter une mise en relation</translation>
    </message>
    <message>
        <source>Why they should meet</source>
        <translation>Pourquoi ils devraient se rencontrer</translation>
    </message>
    <message>
        <source>Introduce:</source>
        <translation>Mettre en relation&#xa0;:</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} et {1}</translation>
    </message>
    <message>
        <source>&amp;What for:</source>
        <translation>&amp;Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Le&#xa0;:</translation>
    </message>
    <message>
        <source>Recorded as help you gave to both, each naming the other.</source>
        <translation>Notée comme une aide donnée aux deux, chacune nommant l’autre.</translation>
    </message>
</context>
<context>
    <name>JournalCommands</name>
    <message>
        <source>Deleted the conversation of {0}. Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>Conversation du {0} supprimée. Édition ▸ Annuler (Ctrl+Z) la fait revenir.</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profondeur</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suite à donner</translation>
    </message>
    <message>
        <source>{0} (by {1})</source>
        <translation>{0} (pour le {1})</translation>
    </message>
    <message>
        <source>Depth {0} of 5: {1}</source>
        <translation>Profondeur {0} sur 5&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Filter by notes, people, place or follow-up  (Ctrl+F)</source>
        <translation>Filtrer par notes, personnes, lieu ou suite à donner  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>The selected conversation</source>
        <translation>La conversation sélectionnée</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>1 conversation</source>
        <translation>1 conversation</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversations</source>
        <translation>
            <numerusform>%Ln conversation</numerusform>
            <numerusform>%Ln conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>No conversation yet. After you talk with someone, log it here (Ctrl+L).</source>
        <translation>Pas encore de conversation. Après avoir parlé avec quelqu’un, notez-le ici (Ctrl+L).</translation>
    </message>
    <message>
        <source>No conversation matches this filter.</source>
        <translation>Aucune conversation ne correspond à ce filtre.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>1 person</source>
        <translation>1 personne</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 conversation</source>
        <translation>1 conversation</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversations</source>
        <translation>
            <numerusform>%Ln conversation</numerusform>
            <numerusform>%Ln conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>1 value</source>
        <translation>1 valeur</translation>
    </message>
    <message numerus="yes">
        <source>%Ln values</source>
        <translation>
            <numerusform>%Ln valeur</numerusform>
            <numerusform>%Ln valeurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln days</source>
        <translation>
            <numerusform>dans %Ln jour</numerusform>
            <numerusform>dans %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days ago</source>
        <translation>
            <numerusform>il y a %Ln jour</numerusform>
            <numerusform>il y a %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>1 jour de retard</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days late</source>
        <translation>
            <numerusform>%Ln jour de retard</numerusform>
            <numerusform>%Ln jours de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %Ln days</source>
        <translation>
            <numerusform>prévu dans %Ln jour</numerusform>
            <numerusform>prévu dans %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Inner</source>
        <translation>Intime</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Proche</translation>
    </message>
    <message>
        <source>Wider</source>
        <translation>Élargi</translation>
    </message>
    <message>
        <source>Acquaintance</source>
        <translation>Connaissance</translation>
    </message>
    <message>
        <source>Inner circle</source>
        <translation>Cercle intime</translation>
    </message>
    <message>
        <source>Close circle</source>
        <translation>Cercle proche</translation>
    </message>
    <message>
        <source>Wider circle</source>
        <translation>Cercle élargi</translation>
    </message>
    <message>
        <source>Acquaintances</source>
        <translation>Connaissances</translation>
    </message>
    <message>
        <source>the very few you would call at 3 a.m.</source>
        <translation>les rares personnes que vous appelleriez à 3 h du matin</translation>
    </message>
    <message>
        <source>friends you see and share real things with</source>
        <translation>les amis que vous voyez et avec qui vous partagez des choses vraies</translation>
    </message>
    <message>
        <source>people you know well and like to keep up with</source>
        <translation>des personnes que vous connaissez bien et dont vous aimez avoir des nouvelles</translation>
    </message>
    <message>
        <source>people you are getting to know</source>
        <translation>des personnes que vous apprenez à connaître</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Visio</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>I gave</source>
        <translation>J’ai donné</translation>
    </message>
    <message>
        <source>I received</source>
        <translation>J’ai reçu</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Mise en relation</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Small talk</source>
        <translation>Banalités</translation>
    </message>
    <message>
        <source>Catching up</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Deep</source>
        <translation>Profond</translation>
    </message>
    <message>
        <source>Heart to heart</source>
        <translation>À cœur ouvert</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} Ko</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>not now, until {0}</source>
        <translation>pas maintenant, jusqu’au {0}</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>prévu aujourd’hui</translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation>prévu demain</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation>«&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>The journal is locked</source>
        <translation>Le journal est verrouillé</translation>
    </message>
    <message>
        <source>It was closed to keep it private. Type its passphrase to open it again.</source>
        <translation>Il a été fermé pour rester privé. Saisissez sa phrase secrète pour le rouvrir.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Personne</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two entries</source>
        <translation>Fusionner deux fiches</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>{0} and {1} become one entry. What only one of them says is kept; where they differ, choose.</source>
        <translation>{0} et {1} deviennent une seule fiche. Ce que seule l’une des deux dit est gardé&#xa0;; là où elles diffèrent, choisissez.</translation>
    </message>
    <message>
        <source>{0} and {1} become one entry. Everything both hold is kept: {2}. What only one of them says is kept too; where they differ, choose.</source>
        <translation>{0} et {1} deviennent une seule fiche. Tout ce que les deux contiennent est gardé&#xa0;: {2}. Ce que seule l’une des deux dit est gardé aussi&#xa0;; là où elles diffèrent, choisissez.</translation>
    </message>
    <message>
        <source>1 conversation</source>
        <translation>1 conversation</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversations</source>
        <translation>
            <numerusform>%Ln conversation</numerusform>
            <numerusform>%Ln conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>1 shared value</source>
        <translation>1 valeur partagée</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shared values</source>
        <translation>
            <numerusform>%Ln valeur partagée</numerusform>
            <numerusform>%Ln valeurs partagées</numerusform>
        </translation>
    </message>
    <message>
        <source>1 record of help</source>
        <translation>1 aide notée</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records of help</source>
        <translation>
            <numerusform>%Ln aide notée</numerusform>
            <numerusform>%Ln aides notées</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept: added first, on {0}</source>
        <translation>Gardée&#xa0;: ajoutée en premier, le {0}</translation>
    </message>
    <message>
        <source>Merged into it: added on {0}</source>
        <translation>Fusionnée dans l’autre&#xa0;: ajoutée le {0}</translation>
    </message>
    <message>
        <source>Keep both texts, one after the other</source>
        <translation>Garder les deux textes, l’un après l’autre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Surnom</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>How you met</source>
        <translation>Comment vous vous êtes rencontrés</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Garder le contact</translation>
    </message>
    <message>
        <source>What matters to them</source>
        <translation>Ce qui compte pour elle ou lui</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Prochaine question</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <source>Looking for</source>
        <translation>Cherche</translation>
    </message>
    <message>
        <source>Can offer</source>
        <translation>Peut offrir</translation>
    </message>
    <message>
        <source>Not now, until</source>
        <translation>Pas maintenant, jusqu’au</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>chaque jour</translation>
    </message>
    <message numerus="yes">
        <source>every %Ln days</source>
        <translation>
            <numerusform>tous les %Ln jours</numerusform>
            <numerusform>tous les %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>In the list</source>
        <translation>Dans la liste</translation>
    </message>
    <message>
        <source>Nothing was merged.</source>
        <translation>Rien n’a été fusionné.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>If you forget this passphrase, no one can open your journal or its backups again, not even the makers of Relations. Write it down and keep it somewhere safe, away from this computer.</source>
        <translation>Si vous oubliez cette phrase secrète, personne ne pourra plus ouvrir votre journal ni ses sauvegardes, pas même les auteurs de Relations. Notez-la et gardez-la en lieu sûr, loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>A few unrelated words are easier to remember and harder to guess than a short word with symbols. The passphrase is never stored: it is asked for each time the journal opens.</source>
        <translation>Quelques mots sans rapport entre eux sont plus faciles à retenir et plus durs à deviner qu’un mot court avec des symboles. La phrase secrète n’est jamais enregistrée&#xa0;: elle est demandée à chaque ouverture du journal.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Encore une fois&#xa0;:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>This passphrase is easy to guess. Use it all the same?</source>
        <translation>Cette phrase secrète est facile à deviner. L’utiliser quand même&#xa0;?</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>Edit offer</source>
        <translation>Modifier l’offre</translation>
    </message>
    <message>
        <source>New offer</source>
        <translation>Nouvelle offre</translation>
    </message>
    <message>
        <source>Feedback on a CV</source>
        <translation>Un avis sur un CV</translation>
    </message>
    <message>
        <source>I can &amp;offer:</source>
        <translation>Je peux &amp;offrir&#xa0;:</translation>
    </message>
</context>
<context>
    <name>OffersDialog</name>
    <message>
        <source>What I can offer</source>
        <translation>Ce que je peux offrir</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Focus on what you can do for others. Write down what you could give: a skill, your time, an introduction, a place to stay. When someone is looking for something close to it, the Today page suggests helping them.</source>
        <translation>Pensez à ce que vous pouvez faire pour les autres. Notez ce que vous pourriez apporter&#xa0;: une compétence, votre temps, une mise en relation, un endroit où loger. Quand quelqu’un cherche quelque chose d’approchant, la page Aujourd’hui vous propose de l’aider.</translation>
    </message>
    <message>
        <source>No one you know is looking for this yet.</source>
        <translation>Personne de votre entourage ne cherche cela pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>et %Ln autre</numerusform>
            <numerusform>et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Close to what they look for: {0}</source>
        <translation>Proche de ce que cherche&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Import {0}</source>
        <translation>Importer {0}</translation>
    </message>
    <message>
        <source>Record help</source>
        <translation>Noter une aide</translation>
    </message>
    <message>
        <source>Edit help</source>
        <translation>Modifier l’aide</translation>
    </message>
    <message>
        <source>Delete help</source>
        <translation>Supprimer l’aide</translation>
    </message>
    <message>
        <source>Log conversation with {0}</source>
        <translation>Noter la conversation avec {0}</translation>
    </message>
    <message>
        <source>Edit conversation with {0}</source>
        <translation>Modifier la conversation avec {0}</translation>
    </message>
    <message>
        <source>Mark follow-up done</source>
        <translation>Marquer la suite comme donnée</translation>
    </message>
    <message>
        <source>Mark follow-up not done</source>
        <translation>Marquer la suite comme non donnée</translation>
    </message>
    <message>
        <source>Delete conversation of {0}</source>
        <translation>Supprimer la conversation du {0}</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>Ajouter {0}</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Modifier {0}</translation>
    </message>
    <message>
        <source>Archive {0}</source>
        <translation>Archiver {0}</translation>
    </message>
    <message>
        <source>Bring back {0}</source>
        <translation>Faire revenir {0}</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>Supprimer {0}</translation>
    </message>
    <message>
        <source>Add value {0}</source>
        <translation>Ajouter la valeur {0}</translation>
    </message>
    <message>
        <source>Edit value {0}</source>
        <translation>Modifier la valeur {0}</translation>
    </message>
    <message>
        <source>Delete value {0}</source>
        <translation>Supprimer la valeur {0}</translation>
    </message>
    <message>
        <source>Record shared value {0}</source>
        <translation>Noter la valeur partagée {0}</translation>
    </message>
    <message>
        <source>Edit shared value {0}</source>
        <translation>Modifier la valeur partagée {0}</translation>
    </message>
    <message>
        <source>Delete shared value {0}</source>
        <translation>Supprimer la valeur partagée {0}</translation>
    </message>
    <message>
        <source>Add offer {0}</source>
        <translation>Ajouter l’offre {0}</translation>
    </message>
    <message>
        <source>Edit offer {0}</source>
        <translation>Modifier l’offre {0}</translation>
    </message>
    <message>
        <source>Delete offer {0}</source>
        <translation>Supprimer l’offre {0}</translation>
    </message>
    <message>
        <source>Reconnect with {0} again</source>
        <translation>Reprendre contact avec {0}</translation>
    </message>
    <message>
        <source>Not now for {0}</source>
        <translation>Pas maintenant pour {0}</translation>
    </message>
    <message>
        <source>Change how often to see {0}</source>
        <translation>Changer la fréquence pour {0}</translation>
    </message>
    <message>
        <source>Question for {0}</source>
        <translation>Question pour {0}</translation>
    </message>
    <message>
        <source>Mark help done</source>
        <translation>Marquer l’aide comme faite</translation>
    </message>
    <message>
        <source>Introduce {0} and {1}</source>
        <translation>Mettre en relation {0} et {1}</translation>
    </message>
    <message>
        <source>Import contacts from {0}</source>
        <translation>Importer des contacts depuis {0}</translation>
    </message>
    <message>
        <source>Merge {0} into {1}</source>
        <translation>Fusionner {0} dans {1}</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>1 chosen person</source>
        <translation>1 personne choisie</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen people</source>
        <translation>
            <numerusform>%Ln personne choisie</numerusform>
            <numerusform>%Ln personnes choisies</numerusform>
        </translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message numerus="yes">
        <source>people</source>
        <translation>
            <numerusform>personne</numerusform>
            <numerusform>personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>conversation</translation>
    </message>
    <message numerus="yes">
        <source>conversations</source>
        <translation>
            <numerusform>conversation</numerusform>
            <numerusform>conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>1 conversation</source>
        <translation>1 conversation</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversations</source>
        <translation>
            <numerusform>%Ln conversation</numerusform>
            <numerusform>%Ln conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>… and 1 more, on their page.</source>
        <translation>… et 1 autre, sur sa page.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more, on their pages.</source>
        <translation>
            <numerusform>… et %Ln autre, sur sa page.</numerusform>
            <numerusform>… et %Ln autres, sur leurs pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} and %Ln more</source>
        <translation>
            <numerusform>{0} et %Ln autre</numerusform>
            <numerusform>{0} et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No font on this computer can draw %Ln character(s) ({0}). They print as empty boxes; installing a font that covers them (Noto, for example) fixes it.</source>
        <translation>
            <numerusform>Aucune police de cet ordinateur ne peut dessiner %Ln caractère ({0}). Il s’imprime comme un carré vide&#xa0;; installer une police qui le couvre (Noto, par exemple) règle le problème.</numerusform>
            <numerusform>Aucune police de cet ordinateur ne peut dessiner %Ln caractères ({0}). Ils s’impriment comme des carrés vides&#xa0;; installer une police qui les couvre (Noto, par exemple) règle le problème.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No font on this computer can draw %Ln character(s) ({0}) in what is printed for {1}. They print as empty boxes; installing a font that covers them (Noto, for example) fixes it.</source>
        <translation>
            <numerusform>Aucune police de cet ordinateur ne peut dessiner %Ln caractère ({0}) dans ce qui est imprimé pour {1}. Il s’imprime comme un carré vide&#xa0;; installer une police qui le couvre (Noto, par exemple) règle le problème.</numerusform>
            <numerusform>Aucune police de cet ordinateur ne peut dessiner %Ln caractères ({0}) dans ce qui est imprimé pour {1}. Ils s’impriment comme des carrés vides&#xa0;; installer une police qui les couvre (Noto, par exemple) règle le problème.</numerusform>
        </translation>
    </message>
    <message>
        <source>The font Relations prints with ({0}) is missing, so the overview would print as empty boxes. Reinstall Relations.</source>
        <translation>La police avec laquelle Relations imprime ({0}) manque&#xa0;: le bilan s’imprimerait en carrés vides. Réinstallez Relations.</translation>
    </message>
    <message>
        <source>Relationship overview</source>
        <translation>Bilan des relations</translation>
    </message>
    <message>
        <source>conversations since {0}</source>
        <translation>conversations depuis le {0}</translation>
    </message>
    <message>
        <source>all conversations</source>
        <translation>toutes les conversations</translation>
    </message>
    <message>
        <source>includes private notes</source>
        <translation>avec les notes privées</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>Your journal is still empty.</source>
        <translation>Votre journal est encore vide.</translation>
    </message>
    <message>
        <source>Add the few people who matter, log a conversation when you talk, note the values you share and the help you give: then print again.</source>
        <translation>Ajoutez les quelques personnes qui comptent, notez une conversation quand vous parlez, les valeurs que vous partagez et l’aide que vous apportez&#xa0;: puis imprimez de nouveau.</translation>
    </message>
    <message>
        <source>No one to print with these choices.</source>
        <translation>Personne à imprimer avec ces choix.</translation>
    </message>
    <message>
        <source>Choose everyone, another circle or other people, then print again.</source>
        <translation>Choisissez tout le monde, un autre cercle ou d’autres personnes, puis imprimez de nouveau.</translation>
    </message>
    <message>
        <source>deep or heart to heart</source>
        <translation>profondes ou à cœur ouvert</translation>
    </message>
    <message>
        <source>help given</source>
        <translation>aides données</translation>
    </message>
    <message>
        <source>You have not written down your values yet.</source>
        <translation>Vous n’avez pas encore noté vos valeurs.</translation>
    </message>
    <message>
        <source>My values</source>
        <translation>Mes valeurs</translation>
    </message>
    <message>
        <source>People by circle</source>
        <translation>Les personnes par cercle</translation>
    </message>
    <message>
        <source>Conversations since {0}</source>
        <translation>Conversations depuis le {0}</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Toutes les conversations</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Aucune sur cette période.</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Talked with</source>
        <translation>Avec qui j’ai parlé</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Deep</source>
        <translation>Profond</translation>
    </message>
    <message>
        <source>By channel: {0}</source>
        <translation>Par canal&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Help given and received</source>
        <translation>Aide donnée et reçue</translation>
    </message>
    <message>
        <source>Given:</source>
        <translation>Donnée&#xa0;:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Reçue&#xa0;:</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>proposée</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>(matched: {0})</source>
        <translation>(rapproché de&#xa0;: {0})</translation>
    </message>
    <message>
        <source>Someone you could help</source>
        <translation>Quelqu’un que vous pourriez aider</translation>
    </message>
    <message>
        <source>last talked {0}</source>
        <translation>dernière conversation {0}</translation>
    </message>
    <message>
        <source>never talked</source>
        <translation>jamais parlé</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>pour le {0}</translation>
    </message>
    <message>
        <source>Time to reconnect</source>
        <translation>Le moment de reprendre contact</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Suites à donner</translation>
    </message>
    <message>
        <source>Help offered, not yet done</source>
        <translation>Aide proposée, pas encore faite</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Page {0} sur {1}</translation>
    </message>
    <message>
        <source>The printer or the file could not be opened.</source>
        <translation>L’imprimante ou le fichier n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>L’imprimante a refusé une nouvelle page.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>dans les archives</translation>
    </message>
    <message>
        <source>Last conversation {0} ({1})</source>
        <translation>Dernière conversation le {0} ({1})</translation>
    </message>
    <message>
        <source>No conversation yet</source>
        <translation>Pas encore de conversation</translation>
    </message>
    <message>
        <source>time to reconnect ({0})</source>
        <translation>le moment de reprendre contact ({0})</translation>
    </message>
    <message>
        <source>reconnect: {0}</source>
        <translation>reprendre contact&#xa0;: {0}</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Notre rencontre</translation>
    </message>
    <message>
        <source>What matters to them</source>
        <translation>Ce qui compte pour cette personne</translation>
    </message>
    <message>
        <source>Values we share</source>
        <translation>Nos valeurs communes</translation>
    </message>
    <message>
        <source>with {0}</source>
        <translation>avec {0}</translation>
    </message>
    <message>
        <source>Learned:</source>
        <translation>Appris&#xa0;:</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation>depuis le {0}</translation>
    </message>
    <message>
        <source>Ask next time</source>
        <translation>À demander la prochaine fois</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notes privées</translation>
    </message>
    <message>
        <source>the PDF could not be written</source>
        <translation>le PDF n’a pas pu être écrit</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Very weak: among the first guesses anyone tries.</source>
        <translation>Très faible&#xa0;: parmi les premiers essais de n’importe qui.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add a few words.</source>
        <translation>Faible&#xa0;: facile à deviner. Ajoutez quelques mots.</translation>
    </message>
    <message>
        <source>Fair: a determined attacker could guess it. Add a word.</source>
        <translation>Moyenne&#xa0;: un attaquant obstiné pourrait la deviner. Ajoutez un mot.</translation>
    </message>
    <message>
        <source>Good: hard to guess.</source>
        <translation>Bonne&#xa0;: difficile à deviner.</translation>
    </message>
    <message>
        <source>Strong: very hard to guess.</source>
        <translation>Forte&#xa0;: très difficile à deviner.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>{0}, archived</source>
        <translation>{0}, dans les archives</translation>
    </message>
</context>
<context>
    <name>PeopleCommands</name>
    <message>
        <source>Deleted {0}. Edit ▸ Undo (Ctrl+Z) brings them back.</source>
        <translation>Fiche de {0} supprimée. Édition ▸ Annuler (Ctrl+Z) la fait revenir.</translation>
    </message>
    <message>
        <source>Delete {0} from your journal?</source>
        <translation>Supprimer {0} de votre journal&#xa0;?</translation>
    </message>
    <message>
        <source>This also deletes:</source>
        <translation>Cela supprime aussi&#xa0;:</translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings it all back until you quit.</source>
        <translation>Édition ▸ Annuler fait tout revenir tant que vous ne quittez pas.</translation>
    </message>
    <message>
        <source>To keep their story but hide them, archive them instead.</source>
        <translation>Pour garder votre histoire commune mais ne plus voir la personne, archivez-la plutôt.</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Supprimer la personne</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Archive instead</source>
        <translation>Archiver plutôt</translation>
    </message>
    <message>
        <source>1 conversation only with them</source>
        <translation>1 conversation seul à seul</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversations only with them</source>
        <translation>
            <numerusform>%Ln conversation seul à seul</numerusform>
            <numerusform>%Ln conversations seul à seul</numerusform>
        </translation>
    </message>
    <message>
        <source>1 note of a value you share</source>
        <translation>1 note d’une valeur partagée</translation>
    </message>
    <message numerus="yes">
        <source>%Ln notes of values you share</source>
        <translation>
            <numerusform>%Ln note d’une valeur partagée</numerusform>
            <numerusform>%Ln notes de valeurs partagées</numerusform>
        </translation>
    </message>
    <message>
        <source>1 help record</source>
        <translation>1 aide notée</translation>
    </message>
    <message numerus="yes">
        <source>%Ln help records</source>
        <translation>
            <numerusform>%Ln aide notée</numerusform>
            <numerusform>%Ln aides notées</numerusform>
        </translation>
    </message>
    <message>
        <source>their name from 1 conversation with others (it stays)</source>
        <translation>son nom dans 1 conversation avec d’autres (elle reste)</translation>
    </message>
    <message numerus="yes">
        <source>their name from %Ln conversations with others (those stay)</source>
        <translation>
            <numerusform>son nom dans %Ln conversation avec d’autres (elle reste)</numerusform>
            <numerusform>son nom dans %Ln conversations avec d’autres (elles restent)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Last conversation</source>
        <translation>Dernière conversation</translation>
    </message>
    <message>
        <source>Next reconnect</source>
        <translation>Prochain contact</translation>
    </message>
    <message>
        <source>Shared values</source>
        <translation>Valeurs partagées</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Help given / received</source>
        <translation>Aide donnée / reçue</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Chaque jour</translation>
    </message>
    <message numerus="yes">
        <source>Every %Ln days</source>
        <translation>
            <numerusform>Tous les %Ln jours</numerusform>
            <numerusform>Tous les %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}; next on {1}</source>
        <translation>{0}&#xa0;; prochain contact le {1}</translation>
    </message>
    <message>
        <source>Help I gave: {0}. Help I received: {1}.</source>
        <translation>Aide donnée&#xa0;: {0}. Aide reçue&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Dans les archives</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Filter by name, organisation, notes, values, needs or offers  (Ctrl+F)</source>
        <translation>Filtrer par nom, organisation, notes, valeurs, besoins ou offres  (Ctrl+F)</translation>
    </message>
    <message>
        <source>All circles</source>
        <translation>Tous les cercles</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>No one matches this filter.</source>
        <translation>Personne ne correspond à ce filtre.</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 personne</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>Type a name, then press Enter</source>
        <translation>Tapez un nom, puis Entrée</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>{0} (new person)</source>
        <translation>{0} (nouvelle personne)</translation>
    </message>
    <message>
        <source>Add “{0}” as a new person</source>
        <translation>Ajouter «&#xa0;{0}&#xa0;» comme nouvelle personne</translation>
    </message>
    <message>
        <source>{0}, archived</source>
        <translation>{0}, archivée</translation>
    </message>
    <message>
        <source>Several people match “{0}”: pick one from the list.</source>
        <translation>Plusieurs personnes correspondent à «&#xa0;{0}&#xa0;»&#xa0;: choisissez-en une dans la liste.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit {0}</source>
        <translation>Modifier {0}</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source> day</source>
        <translation> jour</translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <translation>
            <numerusform> jour</numerusform>
            <numerusform> jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Their name, as you would write it</source>
        <translation>Son nom, comme vous l’écririez</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Connue</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Pas de rappel</translation>
    </message>
    <message>
        <source>How often you want to reconnect with them.</source>
        <translation>À quelle fréquence vous voulez reprendre contact.</translation>
    </message>
    <message>
        <source>Introduced by Sam at a climbing evening</source>
        <translation>Présentés par Sam, soirée escalade</translation>
    </message>
    <message>
        <source>Their goals, their struggles, what they care about</source>
        <translation>Ses objectifs, ses difficultés, ce qui lui tient à cœur</translation>
    </message>
    <message>
        <source>One a line: a ceramics mentor, a data job in Lyon…</source>
        <translation>Un par ligne&#xa0;: un mentor en céramique, un poste en data à Lyon…</translation>
    </message>
    <message>
        <source>One a line: Spanish lessons, feedback on a CV…</source>
        <translation>Un par ligne&#xa0;: des cours d’espagnol, un avis sur un CV…</translation>
    </message>
    <message>
        <source>Short items, one a line. The Today page matches what people look for with what you and others can offer.</source>
        <translation>Des éléments courts, un par ligne. La page Aujourd’hui rapproche ce que les gens cherchent de ce que vous et d’autres pouvez offrir.</translation>
    </message>
    <message>
        <source>How did the move to Porto go?</source>
        <translation>Et ce déménagement à Porto&#xa0;?</translation>
    </message>
    <message>
        <source>Private notes: never printed unless you ask</source>
        <translation>Notes privées&#xa0;: jamais imprimées, sauf si vous le demandez</translation>
    </message>
    <message>
        <source>Archived (kept, but out of the people list)</source>
        <translation>Dans les archives (gardée, mais hors de la liste)</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Qui c’est</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Nic&amp;kname:</source>
        <translation>&amp;Surnom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Circle:</source>
        <translation>&amp;Cercle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Co&amp;urriel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;Anniversaire&#xa0;:</translation>
    </message>
    <message>
        <source>Our relationship</source>
        <translation>Notre relation</translation>
    </message>
    <message>
        <source>Keep in &amp;touch every:</source>
        <translation>&amp;Garder le contact tous les&#xa0;:</translation>
    </message>
    <message>
        <source>How we &amp;met:</source>
        <translation>Notre &amp;rencontre&#xa0;:</translation>
    </message>
    <message>
        <source>W&amp;here:</source>
        <translation>O&amp;ù&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>What matter&amp;s to them:</source>
        <translation>Ce qui lui &amp;importe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Looking for:</source>
        <translation>C&amp;herche&#xa0;:</translation>
    </message>
    <message>
        <source>Can o&amp;ffer:</source>
        <translation>Peut o&amp;ffrir&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ask next time:</source>
        <translation>À lui &amp;demander&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;rivate notes:</source>
        <translation>Notes &amp;privées&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>edit</source>
        <translation>modifier</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <source>{0} · archived</source>
        <translation>{0} · dans les archives</translation>
    </message>
    <message>
        <source>Birthday: {0}</source>
        <translation>Anniversaire&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Last conversation: {0} ({1})</source>
        <translation>Dernière conversation&#xa0;: {0} ({1})</translation>
    </message>
    <message>
        <source>Last conversation: never</source>
        <translation>Dernière conversation&#xa0;: jamais</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Notre rencontre</translation>
    </message>
    <message>
        <source>What matters to them</source>
        <translation>Ce qui compte pour cette personne</translation>
    </message>
    <message>
        <source>Ask next time</source>
        <translation>À demander la prochaine fois</translation>
    </message>
    <message>
        <source>Looking for</source>
        <translation>Cherche</translation>
    </message>
    <message>
        <source>Can offer</source>
        <translation>Peut offrir</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notes privées</translation>
    </message>
    <message>
        <source>Values we share</source>
        <translation>Nos valeurs communes</translation>
    </message>
    <message>
        <source>None noted yet. When they show a value you hold, record it with the evidence.</source>
        <translation>Aucune pour l’instant. Quand cette personne montre une valeur qui vous tient à cœur, notez-la avec ce qui l’a montrée.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Nothing yet. What could you do for them?</source>
        <translation>Rien pour l’instant. Que pourriez-vous faire pour cette personne&#xa0;?</translation>
    </message>
    <message>
        <source>Conversations ({0})</source>
        <translation>Conversations ({0})</translation>
    </message>
    <message>
        <source>No conversation logged yet.</source>
        <translation>Pas encore de conversation notée.</translation>
    </message>
    <message>
        <source>with {0}</source>
        <translation>avec {0}</translation>
    </message>
    <message>
        <source>Learned:</source>
        <translation>Appris&#xa0;:</translation>
    </message>
    <message>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>pour le {0}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Suite à donner&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PrintCommands</name>
    <message>
        <source>Print overview</source>
        <translation>Imprimer le bilan</translation>
    </message>
    <message>
        <source>Export overview as PDF</source>
        <translation>Exporter le bilan en PDF</translation>
    </message>
    <message>
        <source>Print this person</source>
        <translation>Imprimer cette personne</translation>
    </message>
    <message>
        <source>Gathering the overview…</source>
        <translation>Préparation du bilan…</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>Imprimer quand même</translation>
    </message>
    <message>
        <source>Relationship overview</source>
        <translation>Bilan des relations</translation>
    </message>
    <message>
        <source>Relationship overview {0}.pdf</source>
        <translation>Bilan des relations {0}.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the overview to {0}…</source>
        <translation>Écriture du bilan dans {0}…</translation>
    </message>
    <message>
        <source>Cancelled: no PDF was written.</source>
        <translation>Annulé&#xa0;: aucun PDF n’a été écrit.</translation>
    </message>
    <message>
        <source>The PDF could not be written to {0}:
{1}</source>
        <translation>Le PDF n’a pas pu être écrit dans {0}&#xa0;:
{1}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the overview (%Ln pages) to {0}</source>
        <translation>
            <numerusform>Bilan écrit dans {0} (%Ln page)</numerusform>
            <numerusform>Bilan écrit dans {0} (%Ln pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <source>Print overview</source>
        <translation>Imprimer le bilan</translation>
    </message>
    <message>
        <source>Include private &amp;notes</source>
        <translation>Inclure les &amp;notes privées</translation>
    </message>
    <message>
        <source>Off by default: paper leaves the laptop.</source>
        <translation>Désactivé par défaut&#xa0;: le papier quitte l’ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Continuer…</translation>
    </message>
    <message>
        <source>&amp;Everyone</source>
        <translation>&amp;Tout le monde</translation>
    </message>
    <message>
        <source>A print preview of so many pages would keep Relations busy for a long time. Save them as a PDF instead (you can print it from there), or choose one circle or the selected people.</source>
        <translation>Un aperçu avant impression d’autant de pages occuperait Relations très longtemps. Enregistrez-les plutôt en PDF (vous pourrez l’imprimer ensuite), ou choisissez un cercle ou les personnes sélectionnées.</translation>
    </message>
    <message>
        <source>One &amp;circle:</source>
        <translation>Un &amp;cercle&#xa0;:</translation>
    </message>
    <message>
        <source>all conversations</source>
        <translation>toutes les conversations</translation>
    </message>
    <message>
        <source>the last </source>
        <translation>les </translation>
    </message>
    <message>
        <source> day</source>
        <translation> dernier jour</translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <translation>
            <numerusform> dernier jour</numerusform>
            <numerusform> derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>One &amp;page per person</source>
        <translation>Une &amp;page par personne</translation>
    </message>
    <message>
        <source>Co&amp;mpact: people follow one another</source>
        <translation>Co&amp;mpact&#xa0;: les personnes se suivent</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Qui&#xa0;:</translation>
    </message>
    <message>
        <source>Conversations from:</source>
        <translation>Conversations&#xa0;:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Mise en page&#xa0;:</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>Confidentialité&#xa0;:</translation>
    </message>
    <message>
        <source>The &amp;selected people (select some in the list first)</source>
        <translation>Les personnes &amp;sélectionnées (sélectionnez-en d’abord dans la liste)</translation>
    </message>
    <message>
        <source>Only {0}</source>
        <translation>Seulement {0}</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln &amp;selected people</source>
        <translation>
            <numerusform>La personne &amp;sélectionnée</numerusform>
            <numerusform>Les %Ln personnes &amp;sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>No one to print with this choice.</source>
        <translation>Personne à imprimer avec ce choix.</translation>
    </message>
    <message>
        <source>This covers 1 person.</source>
        <translation>Ce choix compte 1&#xa0;personne.</translation>
    </message>
    <message numerus="yes">
        <source>This covers {0} people.</source>
        <translation>
            <numerusform>Ce choix compte {0}&#xa0;personne.</numerusform>
            <numerusform>Ce choix compte {0}&#xa0;personnes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About {0} pages.</source>
        <translation>
            <numerusform>Environ {0}&#xa0;page.</numerusform>
            <numerusform>Environ {0}&#xa0;pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>since {0}</source>
        <translation>depuis le {0}</translation>
    </message>
    <message>
        <source>however old</source>
        <translation>quelle que soit leur date</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Next time</source>
        <translation>La prochaine fois</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>What would you like to ask them next time?</source>
        <translation>Que voudriez-vous lui demander la prochaine fois&#xa0;?</translation>
    </message>
    <message>
        <source>How did the move to Porto go?</source>
        <translation>Et ce déménagement à Porto&#xa0;?</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>Close without saving? What you typed here will be lost.</source>
        <translation>Fermer sans enregistrer&#xa0;? Ce que vous avez saisi ici sera perdu.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>{0} does not exist.</source>
        <translation>{0} n’existe pas.</translation>
    </message>
    <message>
        <source>A journal was kept beside it as {0}.</source>
        <translation>Un journal a été gardé à côté, sous le nom {0}.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Relations did not close properly last time, and its most recent changes are missing from the journal file.</source>
        <translation>Relations ne s’est pas fermé correctement la dernière fois, et ses modifications les plus récentes manquent dans le fichier du journal.</translation>
    </message>
    <message>
        <source>Your journal file is missing, but a copy of it was kept aside.</source>
        <translation>Le fichier de votre journal manque, mais une copie en a été gardée de côté.</translation>
    </message>
    <message>
        <source>Your journal file is missing, but there are backups of it.</source>
        <translation>Le fichier de votre journal manque, mais il en existe des sauvegardes.</translation>
    </message>
    <message>
        <source>Your journal file is damaged, so Relations cannot open it.</source>
        <translation>Le fichier de votre journal est endommagé&#xa0;: Relations ne peut pas l’ouvrir.</translation>
    </message>
    <message>
        <source>What was found: {0}</source>
        <translation>Ce qui a été trouvé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Nothing is deleted: whatever you choose, the file is kept as
{0}</source>
        <translation>Rien n’est supprimé&#xa0;: quel que soit votre choix, le fichier est gardé sous le nom
{0}</translation>
    </message>
    <message>
        <source>The journal kept aside is
{0}</source>
        <translation>Le journal gardé de côté est
{0}</translation>
    </message>
    <message>
        <source>The newest good backup is from {0} at {1}.</source>
        <translation>La plus récente sauvegarde en bon état date du {0} à {1}.</translation>
    </message>
    <message>
        <source>No good backup was found.</source>
        <translation>Aucune sauvegarde en bon état n’a été trouvée.</translation>
    </message>
    <message>
        <source>Restore the backup of {0}</source>
        <translation>Restaurer la sauvegarde du {0}</translation>
    </message>
    <message>
        <source>Use the journal kept aside</source>
        <translation>Utiliser le journal gardé de côté</translation>
    </message>
    <message>
        <source>Use the file as it is</source>
        <translation>Utiliser le fichier tel quel</translation>
    </message>
    <message>
        <source>Start an empty journal</source>
        <translation>Commencer un journal vide</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>Rows</name>
    <message>
        <source>{0} {1}: unknown {2} &apos;{3}&apos;, read as &apos;{4}&apos;</source>
        <translation>{0} {1}&#xa0;: {2} inconnu «&#xa0;{3}&#xa0;», lu comme «&#xa0;{4}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Annuler&#xa0;: {0}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Rétablir&#xa0;: {0}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undo {0}</source>
        <translation>Annuler&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Redo {0}</source>
        <translation>Rétablir&#xa0;: {0}</translation>
    </message>
    <message>
        <source>This could not be undone or redone; the undo history is cleared.</source>
        <translation>Cela n’a pas pu être annulé ni rétabli&#xa0;; l’historique d’annulation est vidé.</translation>
    </message>
    <message>
        <source>Undone: {0}</source>
        <translation>Annulé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Redone: {0}</source>
        <translation>Rétabli&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>1 found</source>
        <translation>1 trouvé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln trouvé</numerusform>
            <numerusform>%Ln trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1</source>
        <translation>
            <numerusform>%Ln sur %1</numerusform>
            <numerusform>%Ln sur %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the newest %Ln of more than %1</source>
        <translation>
            <numerusform>la plus récente sur plus de %1</numerusform>
            <numerusform>les %Ln plus récentes sur plus de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Surnom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>What matters to them</source>
        <translation>Ce qui compte pour cette personne</translation>
    </message>
    <message>
        <source>Looking for</source>
        <translation>Cherche</translation>
    </message>
    <message>
        <source>Can offer</source>
        <translation>Peut offrir</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Ce que j’ai appris</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suite à donner</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1&#xa0;: </translation>
    </message>
    <message>
        <source>archived</source>
        <translation>dans les archives</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Filter People by these words</source>
        <translation>Filtrer Personnes avec ces mots</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Show them all in the Journal</source>
        <translation>Les voir toutes dans le Journal</translation>
    </message>
    <message>
        <source>This conversation is no longer in the journal.</source>
        <translation>Cette conversation n’est plus dans le journal.</translation>
    </message>
    <message>
        <source>Showing archived people: %1 is archived.</source>
        <translation>Les personnes archivées sont affichées&#xa0;: %1 est dans les archives.</translation>
    </message>
    <message>
        <source>This person is no longer in the journal.</source>
        <translation>Cette personne n’est plus dans le journal.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>A name, a place, a word from a conversation…</source>
        <translation>Un nom, un lieu, un mot d’une conversation…</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>↑ ↓ to move, Enter to open, Esc to close</source>
        <translation>↑ ↓ pour se déplacer, Entrée pour ouvrir, Échap pour fermer</translation>
    </message>
    <message>
        <source>Find a word anywhere in the journal: a name, an organisation, a city, what you talked about, what you learned. Capitals and accents do not matter.</source>
        <translation>Trouvez un mot n’importe où dans le journal&#xa0;: un nom, une organisation, une ville, ce dont vous avez parlé, ce que vous avez appris. Majuscules et accents ne comptent pas.</translation>
    </message>
    <message>
        <source>Type letters or digits to search.</source>
        <translation>Tapez des lettres ou des chiffres pour rechercher.</translation>
    </message>
    <message>
        <source>Nothing in the journal holds %1.</source>
        <translation>Rien dans le journal ne contient %1.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Phrase secrète erronée.</translation>
    </message>
</context>
<context>
    <name>SharedValueDialog</name>
    <message>
        <source>Edit shared value</source>
        <translation>Modifier la valeur partagée</translation>
    </message>
    <message>
        <source>Record a shared value</source>
        <translation>Noter une valeur partagée</translation>
    </message>
    <message>
        <source>Honesty, curiosity, generosity...</source>
        <translation>Honnêteté, curiosité, générosité…</translation>
    </message>
    <message>
        <source>What did they say or do that showed it?</source>
        <translation>Qu’a dit ou fait la personne qui l’a montrée&#xa0;?</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Personne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Ce qui l’a montrée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Noted on:</source>
        <translation>&amp;Notée le&#xa0;:</translation>
    </message>
    <message>
        <source>A new value: it will be added to your values.</source>
        <translation>Une nouvelle valeur&#xa0;: elle sera ajoutée à vos valeurs.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Save the open dialog</source>
        <translation>Enregistrer la boîte de dialogue ouverte</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Close the open dialog, or clear the filter</source>
        <translation>Fermer la boîte de dialogue ouverte, ou vider le filtre</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Edit the selected person or conversation</source>
        <translation>Modifier la personne ou la conversation sélectionnée</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Personne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Back on the list on:</source>
        <translation>&amp;De retour dans la liste le&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Phrase secrète erronée.</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>once</source>
        <translation>une fois</translation>
    </message>
    <message numerus="yes">
        <source>%Ln times</source>
        <translation>
            <numerusform>%Ln fois</numerusform>
            <numerusform>%Ln fois</numerusform>
        </translation>
    </message>
    <message>
        <source>every day</source>
        <translation>chaque jour</translation>
    </message>
    <message numerus="yes">
        <source>every %Ln days</source>
        <translation>
            <numerusform>tous les %Ln jours</numerusform>
            <numerusform>tous les %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your {0} circle has %Ln people; most people can keep up with about {1} at that closeness.</source>
        <translation>
            <numerusform>Votre cercle {0} compte %Ln personne&#xa0;; la plupart des gens peuvent suivre environ {1} personnes à ce degré de proximité.</numerusform>
            <numerusform>Votre cercle {0} compte %Ln personnes&#xa0;; la plupart des gens peuvent suivre environ {1} personnes à ce degré de proximité.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your {0} circle has 1 person, within the {1} or so most people keep up with.</source>
        <translation>Votre cercle {0} compte 1 personne, dans la limite des {1} environ que la plupart des gens peuvent suivre.</translation>
    </message>
    <message numerus="yes">
        <source>Your {0} circle has %Ln people, within the {1} or so most people keep up with.</source>
        <translation>
            <numerusform>Votre cercle {0} compte %Ln personne, dans la limite des {1} environ que la plupart des gens peuvent suivre.</numerusform>
            <numerusform>Votre cercle {0} compte %Ln personnes, dans la limite des {1} environ que la plupart des gens peuvent suivre.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 conversation this month, {0} of them deep.</source>
        <translation>1 conversation ce mois-ci, dont {0} profonde.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversations this month, {0} of them deep.</source>
        <translation>
            <numerusform>%Ln conversation ce mois-ci, dont {0} profonde.</numerusform>
            <numerusform>%Ln conversations ce mois-ci, dont {0} profondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} is looking for “{1}”; you can offer “{2}”.</source>
        <translation>{0} cherche «&#xa0;{1}&#xa0;»&#xa0;; vous pouvez offrir «&#xa0;{2}&#xa0;».</translation>
    </message>
    <message>
        <source>You received help from {0} {1} in the last 12 months and gave none: what could you do for {0}?</source>
        <translation>Vous avez reçu de l’aide de {0} {1} ces 12 derniers mois sans en donner&#xa0;: que pourriez-vous faire pour {0}&#xa0;?</translation>
    </message>
    <message>
        <source>You received help from {0} {1} in the last 12 months and gave {2}: what could you do for {0}?</source>
        <translation>Vous avez reçu de l’aide de {0} {1} ces 12 derniers mois et en avez donné {2}&#xa0;: que pourriez-vous faire pour {0}&#xa0;?</translation>
    </message>
    <message>
        <source>no date was set</source>
        <translation>aucune date n’a été fixée</translation>
    </message>
    <message>
        <source>it is due today</source>
        <translation>c’est prévu aujourd’hui</translation>
    </message>
    <message>
        <source>it was due {0}</source>
        <translation>c’était prévu {0}</translation>
    </message>
    <message>
        <source>it is due {0}</source>
        <translation>c’est prévu {0}</translation>
    </message>
    <message>
        <source>You offered this {0}; {1}.</source>
        <translation>Vous l’avez proposé {0}&#xa0;; {1}.</translation>
    </message>
    <message>
        <source>You noted this after your conversation of {0}; {1}.</source>
        <translation>Vous l’avez noté après votre conversation du {0}&#xa0;; {1}.</translation>
    </message>
    <message>
        <source>You keep in touch {0} and last talked {1}: {2}.</source>
        <translation>Vous gardez le contact {0} et vous vous êtes parlé pour la dernière fois {1}&#xa0;: {2}.</translation>
    </message>
    <message>
        <source>You keep in touch {0} and have not talked since adding them {1}: {2}.</source>
        <translation>Vous gardez le contact {0} et ne vous êtes pas parlé depuis l’ajout de cette personne {1}&#xa0;: {2}.</translation>
    </message>
    <message>
        <source>{0} is looking for “{1}”; {2} can offer “{3}”.</source>
        <translation>{0} cherche «&#xa0;{1}&#xa0;»&#xa0;; {2} peut offrir «&#xa0;{3}&#xa0;».</translation>
    </message>
    <message>
        <source>{0} turns {1} {2} ({3}).</source>
        <translation>{0} aura {1} ans {2} ({3}).</translation>
    </message>
    <message>
        <source>{0} has a birthday {1} ({2}).</source>
        <translation>Anniversaire de {0} {1} ({2}).</translation>
    </message>
    <message>
        <source>“{0}” for {1} is due {2} ({3}).</source>
        <translation>«&#xa0;{0}&#xa0;» pour {1} est prévu {2} ({3}).</translation>
    </message>
    <message>
        <source>Your last deep conversation in your {0} circle: {1}.</source>
        <translation>Votre dernière conversation profonde dans votre cercle {0}&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>No conversation logged this month yet.</source>
        <translation>Pas encore de conversation notée ce mois-ci.</translation>
    </message>
    <message>
        <source>Help given: {0}, received: {1}.</source>
        <translation>Aide donnée&#xa0;: {0}, reçue&#xa0;: {1}.</translation>
    </message>
</context>
<context>
    <name>TodayCommands</name>
    <message>
        <source>They are archived: View ▸ Show archived people lists them.</source>
        <translation>Cette personne est dans les archives&#xa0;: Affichage ▸ Afficher les personnes archivées la fait apparaître.</translation>
    </message>
    <message>
        <source>{0} is off the list until {1}. Edit ▸ Undo (Ctrl+Z) brings them back.</source>
        <translation>{0} est hors de la liste jusqu’au {1}. Édition ▸ Annuler (Ctrl+Z) l’y remet.</translation>
    </message>
    <message>
        <source>Marked done. Edit ▸ Undo (Ctrl+Z) takes it back.</source>
        <translation>Marqué comme fait. Édition ▸ Annuler (Ctrl+Z) revient en arrière.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Words in common: {0}</source>
        <translation>Mots en commun&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Record help…</source>
        <translation>Noter une aide…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme fait</translation>
    </message>
    <message>
        <source>Last talked on {0}</source>
        <translation>Dernière conversation le {0}</translation>
    </message>
    <message>
        <source>Ask: {0}</source>
        <translation>À demander&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Log conversation…</source>
        <translation>Noter une conversation…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Not for a week</source>
        <translation>Pas avant une semaine</translation>
    </message>
    <message>
        <source>Until a day you choose…</source>
        <translation>Jusqu’au jour de votre choix…</translation>
    </message>
    <message>
        <source>Change interval…</source>
        <translation>Changer la fréquence…</translation>
    </message>
    <message>
        <source>Hide them from this list for a week, or until a day you choose</source>
        <translation>Retirer la personne de cette liste pour une semaine, ou jusqu’au jour de votre choix</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} et {1}</translation>
    </message>
    <message>
        <source>Record introduction…</source>
        <translation>Noter une mise en relation…</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation>Ouvrir {0}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Someone you could help</source>
        <translation>Quelqu’un que vous pourriez aider</translation>
    </message>
    <message>
        <source>Nothing to suggest yet. Note what people are looking for on their page, and what you can offer, and ideas appear here.</source>
        <translation>Rien à suggérer pour l’instant. Notez ce que les gens cherchent sur leur page, et ce que vous pouvez offrir&#xa0;: des idées apparaîtront ici.</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Promesses</translation>
    </message>
    <message>
        <source>Nothing you promised is waiting.</source>
        <translation>Aucune de vos promesses n’attend.</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reprendre contact</translation>
    </message>
    <message>
        <source>No one is waiting to hear from you today.</source>
        <translation>Personne n’attend de vos nouvelles aujourd’hui.</translation>
    </message>
    <message>
        <source>Who should meet whom</source>
        <translation>Qui devrait rencontrer qui</translation>
    </message>
    <message>
        <source>When one person&apos;s need meets another&apos;s offer, they appear here.</source>
        <translation>Quand le besoin d’une personne rejoint l’offre d’une autre, elles apparaissent ici.</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>No birthdays or due dates in the next two weeks.</source>
        <translation>Ni anniversaire ni échéance dans les deux semaines à venir.</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Cercles</translation>
    </message>
    <message>
        <source>No one in your circles yet.</source>
        <translation>Personne dans vos cercles pour l’instant.</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>What I can offer…</source>
        <translation>Ce que je peux offrir…</translation>
    </message>
    <message>
        <source>Items a section shows</source>
        <translation>Éléments affichés par section</translation>
    </message>
    <message>
        <source>Items a section shows:</source>
        <translation>Éléments affichés par section&#xa0;:</translation>
    </message>
    <message>
        <source>first {0} of {1}</source>
        <translation>les {0} premiers sur {1}</translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation>En afficher moins</translation>
    </message>
    <message numerus="yes">
        <source>Show all %Ln</source>
        <translation>
            <numerusform>Afficher les %Ln</numerusform>
            <numerusform>Afficher les %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Show this circle in the People tab</source>
        <translation>Afficher ce cercle dans l’onglet Personnes</translation>
    </message>
    <message>
        <source>of about {0}</source>
        <translation>sur environ {0}</translation>
    </message>
    <message>
        <source>Every circle is within what most people can keep up with.</source>
        <translation>Chaque cercle reste dans ce que la plupart des gens peuvent suivre.</translation>
    </message>
    <message>
        <source>The last 12 months; the stronger the colour, the deeper the conversation.</source>
        <translation>Les 12 derniers mois&#xa0;; plus la couleur est intense, plus la conversation était profonde.</translation>
    </message>
    <message>
        <source>Last deep conversation</source>
        <translation>Dernière conversation profonde</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the journal</source>
        <translation>Déverrouiller le journal</translation>
    </message>
    <message>
        <source>This journal is encrypted. Type its passphrase to open it.</source>
        <translation>Ce journal est chiffré. Saisissez sa phrase secrète pour l’ouvrir.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>1 try left.</source>
        <translation>Encore 1 essai.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tries left.</source>
        <translation>
            <numerusform>Encore %Ln essai.</numerusform>
            <numerusform>Encore %Ln essais.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Someone in this conversation is no longer in the journal.</source>
        <translation>Quelqu’un de cette conversation n’est plus dans le journal.</translation>
    </message>
    <message>
        <source>That person is no longer in the journal.</source>
        <translation>Cette personne n’est plus dans le journal.</translation>
    </message>
    <message>
        <source>This should be text.</source>
        <translation>Du texte est attendu ici.</translation>
    </message>
    <message>
        <source>This is {0} characters long; at most {1} fit here.</source>
        <translation>Ce texte fait {0} caractères&#xa0;; il en tient au plus {1} ici.</translation>
    </message>
    <message>
        <source>This holds a character that is not text ({0}).</source>
        <translation>Ce texte contient un caractère qui n’est pas du texte ({0}).</translation>
    </message>
    <message>
        <source>Choose one of: {0}.</source>
        <translation>Choisissez parmi&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>{0} is out of range: dates go from {1} to {2}.</source>
        <translation>{0} est hors limites&#xa0;: les dates vont du {1} au {2}.</translation>
    </message>
    <message>
        <source>Give the person a name.</source>
        <translation>Donnez un nom à la personne.</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>Le nom dépasse 200 caractères.</translation>
    </message>
    <message>
        <source>Choose a day after today.</source>
        <translation>Choisissez un jour après aujourd’hui.</translation>
    </message>
    <message>
        <source>Keep in touch every 1 to 3650 days, or leave it empty.</source>
        <translation>Gardez le contact tous les 1 à 3650 jours, ou laissez vide.</translation>
    </message>
    <message>
        <source>That email address has no @ in it.</source>
        <translation>Cette adresse de courriel n’a pas de @.</translation>
    </message>
    <message>
        <source>The birthday is in the future.</source>
        <translation>L’anniversaire est dans le futur.</translation>
    </message>
    <message>
        <source>The day you met is in the future.</source>
        <translation>Le jour de votre rencontre est dans le futur.</translation>
    </message>
    <message>
        <source>This should be a list of texts.</source>
        <translation>Une liste de textes est attendue ici.</translation>
    </message>
    <message>
        <source>Keep it to 30 items or fewer.</source>
        <translation>Pas plus de 30 éléments.</translation>
    </message>
    <message>
        <source>Name at least one person you talked with.</source>
        <translation>Nommez au moins une personne avec qui vous avez parlé.</translation>
    </message>
    <message>
        <source>A new person needs a name.</source>
        <translation>Une nouvelle personne a besoin d’un nom.</translation>
    </message>
    <message>
        <source>Depth goes from 1 to 5.</source>
        <translation>La profondeur va de 1 à 5.</translation>
    </message>
    <message>
        <source>Say what the follow-up is, or clear its due date.</source>
        <translation>Dites quelle est la suite à donner, ou effacez son échéance.</translation>
    </message>
    <message>
        <source>The follow-up is due before the conversation took place.</source>
        <translation>L’échéance de la suite à donner précède la conversation.</translation>
    </message>
    <message>
        <source>Say what you can offer.</source>
        <translation>Dites ce que vous pouvez offrir.</translation>
    </message>
    <message>
        <source>Give the value a name.</source>
        <translation>Donnez un nom à la valeur.</translation>
    </message>
    <message>
        <source>Choose a value, or type a new one.</source>
        <translation>Choisissez une valeur, ou tapez-en une nouvelle.</translation>
    </message>
    <message>
        <source>Write what they said or did that showed this value.</source>
        <translation>Écrivez ce que la personne a dit ou fait qui a montré cette valeur.</translation>
    </message>
    <message>
        <source>Describe the help in a few words.</source>
        <translation>Décrivez l’aide en quelques mots.</translation>
    </message>
    <message>
        <source>Say when it was done.</source>
        <translation>Dites quand elle a été faite.</translation>
    </message>
    <message>
        <source>Due on ({0}) is before it was offered ({1}).</source>
        <translation>L’échéance ({0}) précède la date où elle a été proposée ({1}).</translation>
    </message>
    <message>
        <source>An introduction needs two different people.</source>
        <translation>Une mise en relation demande deux personnes différentes.</translation>
    </message>
    <message>
        <source>Done on ({0}) is before it was offered ({1}).</source>
        <translation>«&#xa0;Faite le&#xa0;» ({0}) précède la date où elle a été proposée ({1}).</translation>
    </message>
    <message>
        <source>There is already a value with that name.</source>
        <translation>Il y a déjà une valeur de ce nom.</translation>
    </message>
    <message>
        <source>That is already in what you can offer.</source>
        <translation>C’est déjà dans ce que vous pouvez offrir.</translation>
    </message>
    <message>
        <source>Choose two different people.</source>
        <translation>Choisissez deux personnes différentes.</translation>
    </message>
</context>
<context>
    <name>ValueDialog</name>
    <message>
        <source>Edit value</source>
        <translation>Modifier la valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>Generosity</source>
        <translation>Générosité</translation>
    </message>
    <message>
        <source>What it means to you, in your own words</source>
        <translation>Ce qu’elle signifie pour vous, avec vos mots</translation>
    </message>
    <message>
        <source>This is one of my own values</source>
        <translation>C’est l’une de mes valeurs</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Meaning:</source>
        <translation>&amp;Sens&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ValuesCommands</name>
    <message>
        <source>Deleted the note that they share “{0}”.</source>
        <translation>Note de la valeur partagée «&#xa0;{0}&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>Deleted the help record.</source>
        <translation>Aide notée supprimée.</translation>
    </message>
    <message>
        <source>Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>Édition ▸ Annuler (Ctrl+Z) la fait revenir.</translation>
    </message>
</context>
<context>
    <name>ValuesDialog</name>
    <message>
        <source>My values</source>
        <translation>Mes valeurs</translation>
    </message>
    <message>
        <source>Know what you stand for. Your values are the ones you live by; when you notice someone sharing one, record it on their page with the evidence.</source>
        <translation>Sachez ce qui vous tient à cœur. Vos valeurs sont celles qui vous guident&#xa0;; quand vous remarquez que quelqu’un en partage une, notez-la sur sa page avec ce qui l’a montrée.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the value “{0}”?</source>
        <translation>Supprimer la valeur «&#xa0;{0}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>What you noted about the 1 person sharing it is deleted too.</source>
        <translation>Ce que vous avez noté sur la personne qui la partage est supprimé aussi.</translation>
    </message>
    <message numerus="yes">
        <source>What you noted about the %Ln people sharing it is deleted too.</source>
        <translation>
            <numerusform>Ce que vous avez noté sur la %Ln personne qui la partage est supprimé aussi.</numerusform>
            <numerusform>Ce que vous avez noté sur les %Ln personnes qui la partagent est supprimé aussi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings it all back until you quit.</source>
        <translation>Édition ▸ Annuler fait tout revenir tant que vous ne quittez pas.</translation>
    </message>
    <message>
        <source>Delete value</source>
        <translation>Supprimer la valeur</translation>
    </message>
</context>
<context>
    <name>ValuesModel</name>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>One of mine</source>
        <translation>L’une des miennes</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Partagée par</translation>
    </message>
    <message>
        <source>What it means to me</source>
        <translation>Ce qu’elle signifie pour moi</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 personne</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VcardExportDialog</name>
    <message>
        <source>Export contacts (vCard)</source>
        <translation>Exporter les contacts (vCard)</translation>
    </message>
    <message>
        <source>Writes a vCard 3.0 file that address books read: name, nickname, organisation, email, phone, city and birthday.</source>
        <translation>Écrit un fichier vCard 3.0 que lisent les carnets d’adresses&#xa0;: nom, surnom, organisation, courriel, téléphone, ville et anniversaire.</translation>
    </message>
    <message>
        <source>Include my private notes</source>
        <translation>Inclure mes notes privées</translation>
    </message>
    <message>
        <source>Notes are private: whoever gets the file can read them.</source>
        <translation>Les notes sont privées&#xa0;: quiconque reçoit le fichier peut les lire.</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Choisir le fichier…</translation>
    </message>
    <message>
        <source>Everyone in the list (1 person; archived people left out)</source>
        <translation>Tout le monde dans la liste (1 personne&#xa0;; les personnes archivées sont laissées de côté)</translation>
    </message>
    <message numerus="yes">
        <source>Everyone in the list (%Ln people; archived people left out)</source>
        <translation>
            <numerusform>Tout le monde dans la liste (%Ln personne&#xa0;; les personnes archivées sont laissées de côté)</numerusform>
            <numerusform>Tout le monde dans la liste (%Ln personnes&#xa0;; les personnes archivées sont laissées de côté)</numerusform>
        </translation>
    </message>
    <message>
        <source>The person selected</source>
        <translation>La personne sélectionnée</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln people selected</source>
        <translation>
            <numerusform>La %Ln personne sélectionnée</numerusform>
            <numerusform>Les %Ln personnes sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>The people selected (select them in the list first)</source>
        <translation>Les personnes sélectionnées (sélectionnez-les d’abord dans la liste)</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Start with the few who matter</source>
        <translation>Commencez par les quelques personnes qui comptent</translation>
    </message>
    <message>
        <source>&lt;p&gt;Relations is not a contact list. Think of the handful of people you most want to stay close to: family, friends, a mentor, someone you are getting to know. Add them one by one.&lt;/p&gt;&lt;p&gt;For each, note how you met, what matters to them and how often you want to reconnect. After you talk, log the conversation; write down the help you offered and the values you noticed you share.&lt;/p&gt;&lt;p&gt;Everything stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Relations n’est pas un carnet d’adresses. Pensez à la poignée de personnes dont vous voulez le plus rester proche&#xa0;: famille, amis, un mentor, quelqu’un que vous apprenez à connaître. Ajoutez-les une par une.&lt;/p&gt;&lt;p&gt;Pour chacune, notez comment vous vous êtes rencontrés, ce qui compte pour elle et à quelle fréquence vous voulez reprendre contact. Après avoir parlé, notez la conversation&#xa0;; notez l’aide que vous avez apportée et les valeurs que vous avez en commun.&lt;/p&gt;&lt;p&gt;Tout reste sur cet ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add the first person…</source>
        <translation>Ajouter la première personne…</translation>
    </message>
    <message>
        <source>Pick from your contacts…</source>
        <translation>Choisir dans vos contacts…</translation>
    </message>
    <message>
        <source>A phone, Google, Outlook or LinkedIn contacts file: you choose who comes in</source>
        <translation>Un fichier de contacts de téléphone, Google, Outlook ou LinkedIn&#xa0;: vous choisissez qui entre</translation>
    </message>
    <message>
        <source>Import from JSON…</source>
        <translation>Importer depuis JSON…</translation>
    </message>
</context>
<context>
    <name>WindowUpdates</name>
    <message>
        <source>1 person</source>
        <translation>1 personne</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 conversation</source>
        <translation>1 conversation</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversations</source>
        <translation>
            <numerusform>%Ln conversation</numerusform>
            <numerusform>%Ln conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>1 to reconnect with</source>
        <translation>1 personne à recontacter</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to reconnect with</source>
        <translation>
            <numerusform>%Ln personne à recontacter</numerusform>
            <numerusform>%Ln personnes à recontacter</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Today to see whom to reconnect with</source>
        <translation>Ouvrez Aujourd’hui pour voir avec qui reprendre contact</translation>
    </message>
</context>
<context>
    <name>Work</name>
    <message>
        <source>another task is still running. Try again once it is done.</source>
        <translation>une autre tâche est encore en cours. Réessayez quand elle sera finie.</translation>
    </message>
</context>
</TS>
