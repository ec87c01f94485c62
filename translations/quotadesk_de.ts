<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccessCheck</name>
    <message>
        <location filename="../models/users/AccessCheck.cpp" line="65"/>
        <source>superuser</source>
        <translation>Superuser</translation>
    </message>
    <message>
        <location filename="../models/users/AccessCheck.cpp" line="67"/>
        <source>owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../models/users/AccessCheck.cpp" line="72"/>
        <source>Your login %1 holds quotadesk_admin but has no staff account to act as: a DBA runs quotactl grant %1 --role admin --staff STAFF.</source>
        <translation>Ihr Login %1 hat quotadesk_admin, aber kein Mitarbeiterkonto, als das er handeln kann: Ein DBA führt quotactl grant %1 --role admin --staff MITARBEITER aus.</translation>
    </message>
    <message>
        <location filename="../models/users/AccessCheck.cpp" line="78"/>
        <source>%1 (read only)</source>
        <translation>%1 (nur lesen)</translation>
    </message>
    <message>
        <location filename="../models/users/AccessCheck.cpp" line="79"/>
        <source>Your login %1 holds quotadesk_viewer: admin actions need quotadesk_admin (quotactl grant %1 --role admin --staff STAFF).</source>
        <translation>Ihr Login %1 hat quotadesk_viewer: Admin-Aktionen brauchen quotadesk_admin (quotactl grant %1 --role admin --staff MITARBEITER).</translation>
    </message>
    <message>
        <location filename="../models/users/AccessCheck.cpp" line="83"/>
        <source>%1 (no admin actions)</source>
        <translation>%1 (keine Admin-Aktionen)</translation>
    </message>
    <message>
        <location filename="../models/users/AccessCheck.cpp" line="84"/>
        <source>Your login %1 holds %2: admin actions need quotadesk_admin (quotactl grant %1 --role admin --staff STAFF).</source>
        <translation>Ihr Login %1 hat %2: Admin-Aktionen brauchen quotadesk_admin (quotactl grant %1 --role admin --staff MITARBEITER).</translation>
    </message>
    <message>
        <location filename="../models/users/AccessCheck.cpp" line="88"/>
        <source>no Quotadesk role</source>
        <translation>keine Quotadesk-Rolle</translation>
    </message>
    <message>
        <location filename="../models/users/AccessCheck.cpp" line="89"/>
        <source>Your login %1 holds no Quotadesk role: admin actions need quotadesk_admin (quotactl grant %1 --role admin --staff STAFF).</source>
        <translation>Ihr Login %1 hat keine Quotadesk-Rolle: Admin-Aktionen brauchen quotadesk_admin (quotactl grant %1 --role admin --staff MITARBEITER).</translation>
    </message>
</context>
<context>
    <name>ActionFates</name>
    <message numerus="yes">
        <location filename="../models/audit/ActionFate.cpp" line="22"/>
        <source>The connection was lost, but the database confirms that the clean-up deleted %Ln rows before that (batches committed: %1; action %2). Run it again for the rest.</source>
        <translation>
            <numerusform>Die Verbindung ging verloren, aber die Datenbank bestätigt, dass die Bereinigung davor %Ln Zeile gelöscht hat (bestätigte Durchgänge: %1; Aktion %2). Führen Sie sie für den Rest erneut aus.</numerusform>
            <numerusform>Die Verbindung ging verloren, aber die Datenbank bestätigt, dass die Bereinigung davor %Ln Zeilen gelöscht hat (bestätigte Durchgänge: %1; Aktion %2). Führen Sie sie für den Rest erneut aus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/audit/ActionFate.cpp" line="26"/>
        <source>The connection was lost before the reply came, but the database confirms that the action was applied (action %1).</source>
        <translation>Die Verbindung brach ab, bevor die Antwort kam, aber die Datenbank bestätigt, dass die Aktion ausgeführt wurde (Aktion %1).</translation>
    </message>
    <message>
        <location filename="../models/audit/ActionFate.cpp" line="30"/>
        <source>The connection was lost, and the database confirms that the action was not applied: nothing changed (action %1). You can run it again.</source>
        <translation>Die Verbindung brach ab, und die Datenbank bestätigt, dass die Aktion nicht ausgeführt wurde: nichts wurde geändert (Aktion %1). Sie können sie erneut ausführen.</translation>
    </message>
    <message>
        <location filename="../models/audit/ActionFate.cpp" line="36"/>
        <source>The connection was lost, and the database could not be asked whether the action was applied (%1). The outcome is unknown: check action %2.</source>
        <translation>Die Verbindung brach ab, und die Datenbank konnte nicht gefragt werden, ob die Aktion ausgeführt wurde (%1). Das Ergebnis ist unbekannt: prüfen Sie Aktion %2.</translation>
    </message>
</context>
<context>
    <name>AdminAction</name>
    <message>
        <location filename="../ui/shell/AdminAction.cpp" line="57"/>
        <source>Cancelling after this batch…</source>
        <translation>Abbruch nach diesem Stapel…</translation>
    </message>
</context>
<context>
    <name>Alert</name>
    <message>
        <location filename="../models/costs/Alerts.cpp" line="17"/>
        <source>all calls</source>
        <translation>alle Aufrufe</translation>
    </message>
    <message>
        <location filename="../models/costs/Alerts.cpp" line="17"/>
        <source>plan %1</source>
        <translation>Tarif %1</translation>
    </message>
    <message>
        <location filename="../models/costs/Alerts.cpp" line="18"/>
        <source>Projected AI spend for %1 this month: %2, over the budget of %3.</source>
        <translation>Hochgerechnete KI-Ausgaben für %1 diesen Monat: %2, über dem Budget von %3.</translation>
    </message>
    <message>
        <location filename="../models/costs/Alerts.cpp" line="22"/>
        <source>%1 is at %2 % of the daily quota.</source>
        <translation>%1 ist bei %2 % des Tageskontingents.</translation>
    </message>
    <message>
        <location filename="../models/costs/Alerts.cpp" line="24"/>
        <source>Today&apos;s cache hit rate is %1 %, under the target of %2 %.</source>
        <translation>Die heutige Cache-Trefferquote ist %1 %, unter dem Ziel von %2 %.</translation>
    </message>
    <message>
        <location filename="../models/costs/Alerts.cpp" line="27"/>
        <source>%1 expired cache rows wait for a clean-up (threshold %2).</source>
        <translation>%1 abgelaufene Cache-Zeilen warten auf eine Bereinigung (Schwelle %2).</translation>
    </message>
    <message>
        <location filename="../models/costs/Alerts.cpp" line="29"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AlertWebhook</name>
    <message>
        <location filename="../models/costs/AlertWebhook.cpp" line="14"/>
        <source>The webhook must be an http:// or https:// URL, not &quot;%1&quot;.</source>
        <translation>Der Webhook muss eine http://- oder https://-URL sein, nicht „%1“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/costs/AlertWebhook.cpp" line="27"/>
        <source>Quotadesk: %n alert(s)</source>
        <translation>
            <numerusform>Quotadesk: %n Warnung</numerusform>
            <numerusform>Quotadesk: %n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/costs/AlertWebhook.cpp" line="46"/>
        <source>The webhook %1 did not take the alert (%2): nothing is marked as sent.</source>
        <translation>Der Webhook %1 hat die Warnung nicht angenommen (%2): nichts ist als gesendet markiert.</translation>
    </message>
</context>
<context>
    <name>ApiTokens</name>
    <message>
        <location filename="../models/api/ApiTokens.cpp" line="46"/>
        <source>The database holds a token with an unknown role &quot;%1&quot;.</source>
        <translation>Die Datenbank enthält ein Token mit der unbekannten Rolle „%1“.</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <location filename="../models/audit/AuditChain.cpp" line="136"/>
        <source>Links %1 to %2 of the audit chain are missing: someone removed them.</source>
        <translation>Die Glieder %1 bis %2 der Prüfkette fehlen: jemand hat sie entfernt.</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditChain.cpp" line="139"/>
        <source>Link %1 of the audit chain (audit row #%2) was altered: its hash does not match.</source>
        <translation>Glied %1 der Prüfkette (Audit-Zeile #%2) wurde verändert: sein Hash stimmt nicht.</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditChain.cpp" line="142"/>
        <source>Audit row #%1 was deleted (by hand, or with its staff account: ON DELETE CASCADE).</source>
        <translation>Audit-Zeile #%1 wurde gelöscht (von Hand oder mit ihrem Mitarbeiterkonto: ON DELETE CASCADE).</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditChain.cpp" line="144"/>
        <source>Audit row #%1 was changed after it was written.</source>
        <translation>Audit-Zeile #%1 wurde nach dem Schreiben geändert.</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditChain.cpp" line="149"/>
        <source>The verification was cancelled after %1 links.</source>
        <translation>Die Prüfung wurde nach %1 Gliedern abgebrochen.</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditChain.cpp" line="167"/>
        <source>Audit row #%1 was inserted outside Quotadesk.</source>
        <translation>Audit-Zeile #%1 wurde außerhalb von Quotadesk eingefügt.</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="14"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="14"/>
        <source>When (UTC)</source>
        <translation>Zeitpunkt (UTC)</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="14"/>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="14"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="14"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="14"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="14"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="14"/>
        <source>Action id</source>
        <translation>Aktions-ID</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../ui/pages/AuditPage.h" line="28"/>
        <location filename="../ui/pages/AuditPage.cpp" line="32"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="37"/>
        <location filename="../ui/pages/AuditPage.cpp" line="135"/>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="41"/>
        <source>Staff member (email, name or login) or action id</source>
        <translation>Mitarbeiter (E-Mail, Name oder Login) oder Aktions-ID</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="49"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="55"/>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="58"/>
        <source>From (UTC):</source>
        <translation>Von (UTC):</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="60"/>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="62"/>
        <source>&amp;Verify integrity</source>
        <translation>Integrität &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="64"/>
        <source>Recompute the audit chain: finds any audit row changed, deleted or inserted outside Quotadesk.</source>
        <translation>Berechnet die Prüfkette neu: findet jede Audit-Zeile, die außerhalb von Quotadesk geändert, gelöscht oder eingefügt wurde.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="88"/>
        <source>Select an action to see all its details.</source>
        <translation>Wählen Sie eine Aktion aus, um alle Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="184"/>
        <source>%1 by %2 on %3
Login: %4 · Action id: %5

%6</source>
        <translation>%1 von %2 am %3
Login: %4 · Aktions-ID: %5

%6</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="187"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="187"/>
        <source>none (written before the chain began)</source>
        <translation>keine (vor Beginn der Kette geschrieben)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="195"/>
        <source>Verifying the audit chain…</source>
        <translation>Prüfkette wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="204"/>
        <source>Could not verify the audit chain: %1</source>
        <translation>Die Prüfkette konnte nicht geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/AuditPage.cpp" line="207"/>
        <source>Audit trail intact: %Ln rows, each as it was written (checked %1 UTC).</source>
        <translation>
            <numerusform>Audit-Protokoll intakt: %Ln Zeile, so wie sie geschrieben wurde (geprüft %1 UTC).</numerusform>
            <numerusform>Audit-Protokoll intakt: %Ln Zeilen, jede so wie sie geschrieben wurde (geprüft %1 UTC).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/AuditPage.cpp" line="211"/>
        <source>Audit trail NOT intact: %Ln problems. First: %1</source>
        <translation>
            <numerusform>Audit-Protokoll NICHT intakt: %Ln Problem. Erstes: %1</numerusform>
            <numerusform>Audit-Protokoll NICHT intakt: %Ln Probleme. Erstes: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="217"/>
        <location filename="../ui/pages/AuditPage.cpp" line="219"/>
        <source>Verify integrity</source>
        <translation>Integrität prüfen</translation>
    </message>
</context>
<context>
    <name>BlockingSessionWatch</name>
    <message>
        <location filename="../models/db/BlockingSessionWatch.cpp" line="21"/>
        <source>a prepared transaction (see pg_prepared_xacts)</source>
        <translation>eine vorbereitete Transaktion (siehe pg_prepared_xacts)</translation>
    </message>
    <message>
        <location filename="../models/db/BlockingSessionWatch.cpp" line="23"/>
        <source>no transaction open</source>
        <translation>keine Transaktion offen</translation>
    </message>
    <message>
        <location filename="../models/db/BlockingSessionWatch.cpp" line="24"/>
        <source>transaction open since %1 (%2 s)</source>
        <translation>Transaktion offen seit %1 (%2 s)</translation>
    </message>
    <message>
        <location filename="../models/db/BlockingSessionWatch.cpp" line="26"/>
        <source>no statement seen</source>
        <translation>keine Anweisung gesehen</translation>
    </message>
    <message>
        <location filename="../models/db/BlockingSessionWatch.cpp" line="27"/>
        <source>last statement started %1 (%2 s ago): %3</source>
        <translation>letzte Anweisung begonnen %1 (vor %2 s): %3</translation>
    </message>
    <message>
        <location filename="../models/db/BlockingSessionWatch.cpp" line="29"/>
        <source>session pid %1 (user %2, application &quot;%3&quot;, %4, %5, %6)</source>
        <translation>Sitzung PID %1 (Benutzer %2, Anwendung „%3“, %4, %5, %6)</translation>
    </message>
</context>
<context>
    <name>CacheActions</name>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="46"/>
        <source>(%1 were counted; the others were already gone.)</source>
        <translation>(%1 waren gezählt; die übrigen waren schon gelöscht.)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="73"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="87"/>
        <source>Warm up system caches…</source>
        <translation>System-Caches vorwärmen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="89"/>
        <source>Store the default system prompts as permanent shared cache entries</source>
        <translation>Die Standard-Systemprompts als dauerhafte gemeinsame Cache-Einträge speichern</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="90"/>
        <source>Warm up from a prompts file…</source>
        <translation>Aus Prompt-Datei vorwärmen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="99"/>
        <source>Clean up expired…</source>
        <translation>Abgelaufene bereinigen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="101"/>
        <source>Delete the cache rows whose time is up, in batches; recorded in the audit log</source>
        <translation>Die abgelaufenen Cache-Zeilen stapelweise löschen; wird im Prüfprotokoll erfasst</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="103"/>
        <source>Delete entry…</source>
        <translation>Eintrag löschen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="105"/>
        <source>Delete the selected entry (for a system key: every shared row of that key)</source>
        <translation>Den ausgewählten Eintrag löschen (bei einem Systemschlüssel: jede gemeinsame Zeile dieses Schlüssels)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="106"/>
        <source>Clean up user&apos;s caches…</source>
        <translation>Caches des Nutzers bereinigen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="108"/>
        <source>Delete every non-system entry of the selected entry&apos;s user, or of the user typed in the filter</source>
        <translation>Alle Nicht-System-Einträge des Nutzers löschen, dem der ausgewählte Eintrag gehört, oder des im Filter eingegebenen Nutzers</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="156"/>
        <source>Delete the %Ln cache rows whose time is up, in batches; recorded in the audit log</source>
        <translation>
            <numerusform>Die %Ln abgelaufene Cache-Zeile löschen; wird im Prüfprotokoll erfasst</numerusform>
            <numerusform>Die %Ln abgelaufenen Cache-Zeilen stapelweise löschen; wird im Prüfprotokoll erfasst</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="192"/>
        <source>Clean up expired cache rows</source>
        <translation>Abgelaufene Cache-Zeilen bereinigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="193"/>
        <source>Counting expired rows…</source>
        <translation>Abgelaufene Zeilen werden gezählt…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="198"/>
        <source>There are no expired cache rows: nothing to delete.</source>
        <translation>Es gibt keine abgelaufenen Cache-Zeilen: nichts zu löschen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="202"/>
        <source>Delete %Ln expired cache rows (expired before %1 UTC)?

Live and system entries stay. The clean-up runs in batches and can be cancelled; it is recorded in the audit log under %2.</source>
        <translation>
            <numerusform>%Ln abgelaufene Cache-Zeile löschen (abgelaufen vor %1 UTC)?

Gültige und System-Einträge bleiben erhalten. Die Bereinigung läuft stapelweise und kann abgebrochen werden; sie wird im Prüfprotokoll unter %2 erfasst.</numerusform>
            <numerusform>%Ln abgelaufene Cache-Zeilen löschen (abgelaufen vor %1 UTC)?

Gültige und System-Einträge bleiben erhalten. Die Bereinigung läuft stapelweise und kann abgebrochen werden; sie wird im Prüfprotokoll unter %2 erfasst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="207"/>
        <source>Delete %Ln rows</source>
        <translation>
            <numerusform>%Ln Zeile löschen</numerusform>
            <numerusform>%Ln Zeilen löschen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="209"/>
        <source>Deleting expired rows…</source>
        <translation>Abgelaufene Zeilen werden gelöscht…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="212"/>
        <source>Deleting expired rows: %1 of %2</source>
        <translation>Abgelaufene Zeilen werden gelöscht: %1 von %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="228"/>
        <source>Clean-up cancelled: %1 of %Ln expired rows deleted; the rest stay until the next clean-up.</source>
        <translation>
            <numerusform>Bereinigung abgebrochen: %1 von %Ln abgelaufenen Zeile gelöscht; der Rest bleibt bis zur nächsten Bereinigung.</numerusform>
            <numerusform>Bereinigung abgebrochen: %1 von %Ln abgelaufenen Zeilen gelöscht; der Rest bleibt bis zur nächsten Bereinigung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="231"/>
        <source>%Ln expired rows deleted</source>
        <translation>
            <numerusform>%Ln abgelaufene Zeile gelöscht</numerusform>
            <numerusform>%Ln abgelaufene Zeilen gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="250"/>
        <source>Choose a prompts file</source>
        <translation>Prompt-Datei auswählen</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="250"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="259"/>
        <source>Warm up system caches</source>
        <translation>System-Caches vorwärmen</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="260"/>
        <source>Reading the prompts…</source>
        <translation>Prompts werden gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="270"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="274"/>
        <source>Warm up %Ln permanent system cache entries from the default prompt set?

Keys: %1

Entries that already hold the same text stay unchanged. The warm-up is recorded in the audit log under %2.</source>
        <translation>
            <numerusform>%Ln dauerhaften System-Cache-Eintrag aus dem Standard-Prompt-Satz vorwärmen?

Schlüssel: %1

Enthält der Eintrag bereits denselben Text, bleibt er unverändert. Das Vorwärmen wird im Prüfprotokoll unter %2 erfasst.</numerusform>
            <numerusform>%Ln dauerhafte System-Cache-Einträge aus dem Standard-Prompt-Satz vorwärmen?

Schlüssel: %1

Einträge, die bereits denselben Text enthalten, bleiben unverändert. Das Vorwärmen wird im Prüfprotokoll unter %2 erfasst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="279"/>
        <source>Warm up %Ln permanent system cache entries from %1?

Keys: %2

Entries that already hold the same text stay unchanged. The warm-up is recorded in the audit log under %3.</source>
        <translation>
            <numerusform>%Ln dauerhaften System-Cache-Eintrag aus %1 vorwärmen?

Schlüssel: %2

Enthält der Eintrag bereits denselben Text, bleibt er unverändert. Das Vorwärmen wird im Prüfprotokoll unter %3 erfasst.</numerusform>
            <numerusform>%Ln dauerhafte System-Cache-Einträge aus %1 vorwärmen?

Schlüssel: %2

Einträge, die bereits denselben Text enthalten, bleiben unverändert. Das Vorwärmen wird im Prüfprotokoll unter %3 erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="284"/>
        <source>Warm up</source>
        <translation>Vorwärmen</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="286"/>
        <source>Warming up system caches…</source>
        <translation>System-Caches werden vorgewärmt…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="297"/>
        <source>System caches warmed up: %1 inserted, %2 updated, %3 unchanged. Duplicate rows removed: %4.</source>
        <translation>System-Caches vorgewärmt: %1 eingefügt, %2 aktualisiert, %3 unverändert. Doppelte Zeilen entfernt: %4.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="299"/>
        <source>System caches warmed up: %1 inserted, %2 updated, %3 unchanged.</source>
        <translation>System-Caches vorgewärmt: %1 eingefügt, %2 aktualisiert, %3 unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="311"/>
        <source>Delete cache entry</source>
        <translation>Cache-Eintrag löschen</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="312"/>
        <source>Counting matching rows…</source>
        <translation>Passende Zeilen werden gezählt…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="317"/>
        <source>The entry &quot;%1&quot; no longer exists: nothing to delete.</source>
        <translation>Der Eintrag „%1“ existiert nicht mehr: nichts zu löschen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="320"/>
        <source>Delete the cache entry &quot;%1&quot; (type %2, owner %3)?

Rows deleted: %4. The deletion is recorded in the audit log under %5.</source>
        <translation>Den Cache-Eintrag „%1“ (Typ %2, Eigentümer %3) löschen?

Zu löschende Zeilen: %4. Das Löschen wird im Prüfprotokoll unter %5 erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="323"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="325"/>
        <source>Deleting the entry…</source>
        <translation>Eintrag wird gelöscht…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="335"/>
        <source>%Ln cache rows deleted</source>
        <translation>
            <numerusform>%Ln Cache-Zeile gelöscht</numerusform>
            <numerusform>%Ln Cache-Zeilen gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="350"/>
        <source>Clean up a user&apos;s caches</source>
        <translation>Caches eines Nutzers bereinigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="352"/>
        <source>Select an entry of the user, or type the user&apos;s id or email in the user filter.</source>
        <translation>Wählen Sie einen Eintrag des Nutzers aus oder geben Sie ID oder E-Mail des Nutzers im Nutzerfilter ein.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="358"/>
        <source>Counting the user&apos;s entries…</source>
        <translation>Einträge des Nutzers werden gezählt…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="371"/>
        <source>%1 (#%2) has no non-system cache entries: nothing to delete.</source>
        <translation>%1 (#%2) hat keine Nicht-System-Cache-Einträge: nichts zu löschen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="377"/>
        <source>Delete all %Ln non-system cache entries of %1 (#%2), live and expired?

Shared system entries stay. The deletion is recorded in the audit log under %3.</source>
        <translation>
            <numerusform>%Ln Nicht-System-Cache-Eintrag von %1 (#%2) löschen (gültig oder abgelaufen)?

Gemeinsame System-Einträge bleiben erhalten. Das Löschen wird im Prüfprotokoll unter %3 erfasst.</numerusform>
            <numerusform>Alle %Ln Nicht-System-Cache-Einträge von %1 (#%2) löschen, gültige und abgelaufene?

Gemeinsame System-Einträge bleiben erhalten. Das Löschen wird im Prüfprotokoll unter %3 erfasst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="381"/>
        <source>Delete %Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag löschen</numerusform>
            <numerusform>%Ln Einträge löschen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="383"/>
        <source>Deleting the user&apos;s entries…</source>
        <translation>Einträge des Nutzers werden gelöscht…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="390"/>
        <source>%Ln cache entries of %1 deleted</source>
        <translation>
            <numerusform>%Ln Cache-Eintrag von %1 gelöscht</numerusform>
            <numerusform>%Ln Cache-Einträge von %1 gelöscht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheEndpoints</name>
    <message>
        <location filename="../models/rest/CacheEndpoints.cpp" line="60"/>
        <source>must be at most %1 characters</source>
        <translation>darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <location filename="../models/rest/CacheEndpoints.cpp" line="63"/>
        <source>must be one of %1</source>
        <translation>muss einer der Werte %1 sein</translation>
    </message>
    <message>
        <location filename="../models/rest/CacheEndpoints.cpp" line="72"/>
        <source>Only staff with admin rights may delete entries that are not your own.</source>
        <translation>Nur Mitarbeitende mit Administratorrechten dürfen Einträge löschen, die nicht Ihre eigenen sind.</translation>
    </message>
</context>
<context>
    <name>CacheEntriesModel</name>
    <message>
        <location filename="../models/cache/CacheEntriesModel.cpp" line="24"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheEntriesModel.cpp" line="24"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheEntriesModel.cpp" line="24"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheEntriesModel.cpp" line="24"/>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheEntriesModel.cpp" line="24"/>
        <source>Created (UTC)</source>
        <translation>Erstellt (UTC)</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheEntriesModel.cpp" line="24"/>
        <source>Expires (UTC)</source>
        <translation>Läuft ab (UTC)</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheEntriesModel.cpp" line="24"/>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheEntriesModel.cpp" line="24"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheEntriesModel.cpp" line="76"/>
        <location filename="../models/cache/CacheEntriesModel.cpp" line="168"/>
        <source>system</source>
        <translation>system</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheEntriesModel.cpp" line="156"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheEntriesModel.cpp" line="158"/>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheEntriesModel.cpp" line="175"/>
        <location filename="../models/cache/CacheEntriesModel.cpp" line="187"/>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheEntriesModel.cpp" line="189"/>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheEntriesModel.cpp" line="190"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>CacheEntriesPanel</name>
    <message>
        <location filename="../ui/pages/cache/CacheEntriesPanel.cpp" line="30"/>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntriesPanel.cpp" line="35"/>
        <source>Live and expired</source>
        <translation>Gültige und abgelaufene</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntriesPanel.cpp" line="36"/>
        <source>Live only</source>
        <translation>Nur gültige</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntriesPanel.cpp" line="37"/>
        <source>Expired only</source>
        <translation>Nur abgelaufene</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntriesPanel.cpp" line="40"/>
        <source>User: id, email or “system”</source>
        <translation>Nutzer: ID, E-Mail oder „system“</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntriesPanel.cpp" line="44"/>
        <source>Key contains…</source>
        <translation>Schlüssel enthält…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntriesPanel.cpp" line="70"/>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntriesPanel.cpp" line="110"/>
        <source>This database has no trigram index for keys (the pg_trgm extension could not be installed): a key search reads every cache row, which takes seconds on a large cache.</source>
        <translation>Diese Datenbank hat keinen Trigramm-Index für Schlüssel (die Erweiterung pg_trgm konnte nicht installiert werden): eine Schlüsselsuche liest jede Cache-Zeile, was bei einem großen Cache Sekunden dauert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheEntriesPanel.cpp" line="120"/>
        <source>%Ln entries loaded; scroll for more</source>
        <translation>
            <numerusform>%Ln Eintrag geladen; für mehr scrollen</numerusform>
            <numerusform>%Ln Einträge geladen; für mehr scrollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheEntriesPanel.cpp" line="122"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntriesPanel.cpp" line="141"/>
        <source>Could not load the entries: %1</source>
        <translation>Die Einträge konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntriesPanel.cpp" line="199"/>
        <source>Loading entries…</source>
        <translation>Einträge werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntriesPanel.cpp" line="211"/>
        <source>Select an entry to see its data.</source>
        <translation>Eintrag auswählen, um seine Daten zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntriesPanel.cpp" line="221"/>
        <source>Could not load the entry: %1</source>
        <translation>Der Eintrag konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntriesPanel.cpp" line="223"/>
        <source>This entry no longer exists.</source>
        <translation>Dieser Eintrag existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>CacheEntryPreview</name>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="39"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="40"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="44"/>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="41"/>
        <source>Created (UTC)</source>
        <translation>Erstellt (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="42"/>
        <source>Expires (UTC)</source>
        <translation>Läuft ab (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="43"/>
        <source>Last used (UTC)</source>
        <translation>Zuletzt verwendet (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="45"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="46"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="53"/>
        <source>Not valid JSON: the raw text as stored</source>
        <translation>Kein gültiges JSON: der Rohtext wie gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="74"/>
        <source>Select an entry to see its data.</source>
        <translation>Eintrag auswählen, um seine Daten zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="99"/>
        <source>Key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="102"/>
        <source>system (shared)</source>
        <translation>system (gemeinsam)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="104"/>
        <source>user #%1</source>
        <translation>Nutzer #%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="106"/>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="111"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="113"/>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="118"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="122"/>
        <source>%1 (not valid JSON)</source>
        <translation>%1 (kein gültiges JSON)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="134"/>
        <source>Too large to show whole: the first %1 characters of %2, not checked as JSON.</source>
        <translation>Zu groß für die ganze Anzeige: die ersten %1 Zeichen von %2, nicht als JSON geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="139"/>
        <source>The first %1 of %2 characters.</source>
        <translation>Die ersten %1 von %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="145"/>
        <source>JSON object</source>
        <translation>JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="145"/>
        <source>JSON array</source>
        <translation>JSON-Array</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="145"/>
        <source>JSON string, shown as its text</source>
        <translation>JSON-String, als Text angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="145"/>
        <source>JSON value</source>
        <translation>JSON-Wert</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="147"/>
        <source>%1 — the first %2 of %3 characters</source>
        <translation>%1 — die ersten %2 von %3 Zeichen</translation>
    </message>
</context>
<context>
    <name>CachePage</name>
    <message>
        <location filename="../ui/pages/CachePage.h" line="32"/>
        <location filename="../ui/pages/CachePage.cpp" line="33"/>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
</context>
<context>
    <name>CacheService</name>
    <message>
        <location filename="../models/cache/CacheService.cpp" line="48"/>
        <source>A cache key cannot be empty.</source>
        <translation>Ein Cache-Schlüssel darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheService.cpp" line="51"/>
        <source>The cache key is %1 characters; the limit is %2.</source>
        <translation>Der Cache-Schlüssel hat %1 Zeichen; das Limit ist %2.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheService.cpp" line="53"/>
        <source>A cache key cannot contain a NUL character.</source>
        <translation>Ein Cache-Schlüssel darf kein NUL-Zeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheService.cpp" line="61"/>
        <source>Unknown cache type &quot;%1&quot;: use system, session, content or extraction.</source>
        <translation>Unbekannter Cache-Typ „%1“: Verwenden Sie system, session, content oder extraction.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheService.cpp" line="83"/>
        <source>No cache entry matches key &quot;%1&quot; of type system; nothing was deleted.</source>
        <translation>Kein Cache-Eintrag passt zu Schlüssel „%1“ vom Typ system; nichts wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheService.cpp" line="85"/>
        <source>No cache entry matches key &quot;%1&quot; of type %2 for user %3; nothing was deleted.</source>
        <translation>Kein Cache-Eintrag passt zu Schlüssel „%1“ vom Typ %2 für Nutzer %3; nichts wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheService.cpp" line="88"/>
        <source>No cache entry matches key &quot;%1&quot; of type %2; nothing was deleted.</source>
        <translation>Kein Cache-Eintrag passt zu Schlüssel „%1“ vom Typ %2; nichts wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheService.cpp" line="90"/>
        <source>No cache entry matches key &quot;%1&quot; for user %2; nothing was deleted.</source>
        <translation>Kein Cache-Eintrag passt zu Schlüssel „%1“ für Nutzer %2; nichts wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheService.cpp" line="91"/>
        <source>No cache entry matches key &quot;%1&quot;; nothing was deleted.</source>
        <translation>Kein Cache-Eintrag passt zu Schlüssel „%1“; nichts wurde gelöscht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/cache/CacheService.cpp" line="404"/>
        <source>The clean-up stopped after deleting %Ln expired rows: %1</source>
        <translation>
            <numerusform>Die Bereinigung wurde nach dem Löschen von %Ln abgelaufenen Zeile abgebrochen: %1</numerusform>
            <numerusform>Die Bereinigung wurde nach dem Löschen von %Ln abgelaufenen Zeilen abgebrochen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/cache/CacheService.cpp" line="118"/>
        <location filename="../models/cache/CacheService.cpp" line="149"/>
        <source>A %1 cache entry belongs to a user: give a user id.</source>
        <translation>Ein %1-Cache-Eintrag gehört zu einem Nutzer: Geben Sie eine Nutzer-ID an.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheService.cpp" line="151"/>
        <source>The data to cache is not valid JSON.</source>
        <translation>Die zu cachenden Daten sind kein gültiges JSON.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheService.cpp" line="178"/>
        <source>Not cached: the %1 plan (cache tier %2) has no %3 caching.</source>
        <translation>Nicht gecacht: Der Tarif %1 (Cache-Stufe %2) hat kein %3-Caching.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheService.cpp" line="378"/>
        <source>The batch size must be between 1 and %1, not %2.</source>
        <translation>Die Stapelgröße muss zwischen 1 und %1 liegen, nicht %2.</translation>
    </message>
</context>
<context>
    <name>CacheStatsPanel</name>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="34"/>
        <source>Lookups of:</source>
        <translation>Abfragen:</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="37"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="38"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="39"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="40"/>
        <source>All recorded</source>
        <translation>Alle erfassten</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="55"/>
        <source>Cost saved</source>
        <translation>Ersparnis</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="57"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="59"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="70"/>
        <source>By type</source>
        <translation>Nach Typ</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="93"/>
        <source>Entries, hits and savings are those of the rows in the cache now, all time. The hit rate counts the lookups recorded in the chosen window, misses included.</source>
        <translation>Einträge, Treffer und Ersparnis beziehen sich auf die aktuellen Zeilen im Cache, über die gesamte Zeit. Die Trefferquote zählt die im gewählten Zeitraum erfassten Abfragen, Fehltreffer eingeschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="111"/>
        <source>Hit rate per day (UTC)</source>
        <translation>Trefferquote pro Tag (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="115"/>
        <source>Target 60 %</source>
        <translation>Ziel 60 %</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="118"/>
        <source>Hit rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="134"/>
        <source>Hit rate (%)</source>
        <translation>Trefferquote (%)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="162"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="164"/>
        <source>last 7 days</source>
        <translation>letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="166"/>
        <source>last 30 days</source>
        <translation>letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="168"/>
        <source>all recorded</source>
        <translation>alle erfassten</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="178"/>
        <source>hits × saving per hit, all entries</source>
        <translation>Treffer × Ersparnis pro Treffer, alle Einträge</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="179"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="180"/>
        <source>cache data of %Ln entries</source>
        <translation>
            <numerusform>Cache-Daten von %Ln Eintrag</numerusform>
            <numerusform>Cache-Daten von %Ln Einträgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="182"/>
        <source>%Ln expired, waiting for a clean-up</source>
        <translation>
            <numerusform>%Ln abgelaufen, wartet auf Bereinigung</numerusform>
            <numerusform>%Ln abgelaufen, warten auf Bereinigung</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="183"/>
        <source>none expired</source>
        <translation>keine abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="212"/>
        <source>MMM d</source>
        <comment>day of the hit-rate axis</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="215"/>
        <source>Hit rate per day (UTC), %1</source>
        <translation>Trefferquote pro Tag (UTC), %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="216"/>
        <source>Hit rate per day: none recorded, %1</source>
        <translation>Trefferquote pro Tag: nichts erfasst, %1</translation>
    </message>
</context>
<context>
    <name>CacheTypeStatsModel</name>
    <message>
        <location filename="../models/cache/CacheTypeStatsModel.cpp" line="86"/>
        <source>Average lifetime %1 minutes</source>
        <translation>Durchschnittliche Lebensdauer %1 Minuten</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheTypeStatsModel.cpp" line="87"/>
        <source>Never expires</source>
        <translation>Läuft nie ab</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheTypeStatsModel.cpp" line="88"/>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheTypeStatsModel.cpp" line="94"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheTypeStatsModel.cpp" line="112"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheTypeStatsModel.cpp" line="114"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheTypeStatsModel.cpp" line="116"/>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheTypeStatsModel.cpp" line="118"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheTypeStatsModel.cpp" line="120"/>
        <source>Cost saved</source>
        <translation>Ersparnis</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheTypeStatsModel.cpp" line="122"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
</context>
<context>
    <name>ConcurrentStep</name>
    <message>
        <location filename="../models/db/ConcurrentStep.cpp" line="70"/>
        <source>index %1 is not valid after it was built</source>
        <translation>Index %1 ist nach dem Aufbau nicht gültig</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="33"/>
        <source>Connect to a database</source>
        <translation>Mit einer Datenbank verbinden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="52"/>
        <source>empty: the system keychain or ~/.pgpass</source>
        <translation>leer: Schlüsselbund des Systems oder ~/.pgpass</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="57"/>
        <source>verify-full encrypts and checks that the server&apos;s certificate is signed by your root certificate and names this host: use it for any server that is not on this computer.</source>
        <translation>verify-full verschlüsselt und prüft, ob das Zertifikat des Servers von Ihrem Stammzertifikat signiert ist und diesen Host nennt: Verwenden Sie es für jeden Server, der nicht auf diesem Computer läuft.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="65"/>
        <source>empty: ~/.postgresql/root.crt</source>
        <translation>leer: ~/.postgresql/root.crt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="66"/>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="70"/>
        <source>Root certificate</source>
        <translation>Stammzertifikat</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="70"/>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="80"/>
        <source>Save the password in ~/.pgpass (libpq&apos;s password file, readable only by you)</source>
        <translation>Passwort in ~/.pgpass speichern (Passwortdatei von libpq, nur für Sie lesbar)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="82"/>
        <source>Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="84"/>
        <source>The desktop&apos;s keychain (GNOME Keyring, KWallet) keeps it, never a file of Quotadesk&apos;s. Untick it to forget a remembered password.</source>
        <translation>Der Schlüsselbund des Desktops (GNOME Keyring, KWallet) bewahrt es auf, nie eine Datei von Quotadesk. Entfernen Sie das Häkchen, um ein gemerktes Passwort zu vergessen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="91"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="92"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="93"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="94"/>
        <source>&amp;User:</source>
        <translation>&amp;Nutzer:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="95"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="96"/>
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL-Modus:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="97"/>
        <source>&amp;Root certificate:</source>
        <translation>Stamm&amp;zertifikat:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="100"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="105"/>
        <source>Service &amp;name:</source>
        <translation>Dienstna&amp;me:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="106"/>
        <source>A section of ~/.pg_service.conf (or $PGSERVICEFILE). Passwords come from the service file or ~/.pgpass.</source>
        <translation>Ein Abschnitt von ~/.pg_service.conf (oder $PGSERVICEFILE). Passwörter kommen aus der Dienstdatei oder aus ~/.pgpass.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="109"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="117"/>
        <source>optional: host=standby dbname=app, or a postgresql:// URI</source>
        <translation>optional: host=standby dbname=app, oder eine postgresql://-URI</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="118"/>
        <source>A hot standby of this database: the pages read from it, while admin actions and change notifications stay on the server above.</source>
        <translation>Ein Hot Standby dieser Datenbank: die Seiten lesen von ihm, Admin-Aktionen und Änderungsbenachrichtigungen bleiben auf dem Server oben.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="120"/>
        <source>Read &amp;replica:</source>
        <translation>Lese-&amp;Replikat:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="194"/>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="200"/>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="207"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="194"/>
        <source>Name a service, or use the Server tab.</source>
        <translation>Geben Sie einen Dienst an oder verwenden Sie den Reiter „Server“.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="200"/>
        <source>The root certificate %1 does not exist.</source>
        <translation>Das Stammzertifikat %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>ConnectionSecurity</name>
    <message>
        <location filename="../models/db/ConnectionSecurity.cpp" line="17"/>
        <location filename="../models/db/ConnectionSecurity.cpp" line="20"/>
        <source>Not connected to PostgreSQL.</source>
        <translation>Nicht mit PostgreSQL verbunden.</translation>
    </message>
    <message>
        <location filename="../models/db/ConnectionSecurity.cpp" line="55"/>
        <source>Encrypted, server verified</source>
        <translation>Verschlüsselt, Server geprüft</translation>
    </message>
    <message>
        <location filename="../models/db/ConnectionSecurity.cpp" line="57"/>
        <source>Encrypted, certificate verified (host name not checked)</source>
        <translation>Verschlüsselt, Zertifikat geprüft (Hostname nicht geprüft)</translation>
    </message>
    <message>
        <location filename="../models/db/ConnectionSecurity.cpp" line="59"/>
        <source>Encrypted, server not verified</source>
        <translation>Verschlüsselt, Server nicht geprüft</translation>
    </message>
    <message>
        <location filename="../models/db/ConnectionSecurity.cpp" line="61"/>
        <source>Local connection, not encrypted</source>
        <translation>Lokale Verbindung, nicht verschlüsselt</translation>
    </message>
    <message>
        <location filename="../models/db/ConnectionSecurity.cpp" line="62"/>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <location filename="../models/db/ConnectionSecurity.cpp" line="68"/>
        <source>TLS is in use and the server&apos;s certificate and host name were checked (sslmode %1).</source>
        <translation>TLS ist aktiv, und Zertifikat und Hostname des Servers wurden geprüft (sslmode %1).</translation>
    </message>
    <message>
        <location filename="../models/db/ConnectionSecurity.cpp" line="70"/>
        <source>TLS is in use and the server&apos;s certificate was checked, but not its host name (sslmode %1). Use verify-full to check both.</source>
        <translation>TLS ist aktiv, und das Zertifikat des Servers wurde geprüft, aber nicht sein Hostname (sslmode %1). Verwenden Sie verify-full, um beides zu prüfen.</translation>
    </message>
    <message>
        <location filename="../models/db/ConnectionSecurity.cpp" line="73"/>
        <source>TLS is in use, but the server&apos;s certificate was not checked (sslmode %1): another server could pose as this one. Use verify-full with the server&apos;s root certificate.</source>
        <translation>TLS ist aktiv, aber das Zertifikat des Servers wurde nicht geprüft (sslmode %1): Ein anderer Server könnte sich als dieser ausgeben. Verwenden Sie verify-full mit dem Stammzertifikat des Servers.</translation>
    </message>
    <message>
        <location filename="../models/db/ConnectionSecurity.cpp" line="77"/>
        <source>Connected through a local socket: the data do not cross the network.</source>
        <translation>Über einen lokalen Socket verbunden: Die Daten gehen nicht über das Netzwerk.</translation>
    </message>
    <message>
        <location filename="../models/db/ConnectionSecurity.cpp" line="79"/>
        <source>Connected to %1 on this computer: the data do not cross the network.</source>
        <translation>Mit %1 auf diesem Computer verbunden: Die Daten gehen nicht über das Netzwerk.</translation>
    </message>
    <message>
        <location filename="../models/db/ConnectionSecurity.cpp" line="80"/>
        <source>Connected to %1 without TLS: passwords and data cross the network in clear. Use sslmode verify-full.</source>
        <translation>Ohne TLS mit %1 verbunden: Passwörter und Daten gehen im Klartext über das Netzwerk. Verwenden Sie sslmode verify-full.</translation>
    </message>
</context>
<context>
    <name>CostService</name>
    <message>
        <location filename="../models/costs/CostReport.cpp" line="64"/>
        <source>--days takes a number of days from 1 to 3660, not %1.</source>
        <translation>--days nimmt eine Anzahl Tage von 1 bis 3660, nicht %1.</translation>
    </message>
    <message>
        <location filename="../models/costs/CostReport.cpp" line="76"/>
        <source>Unknown breakdown &quot;%1&quot;: use %2.</source>
        <translation>Unbekannte Aufschlüsselung „%1“: verwenden Sie %2.</translation>
    </message>
</context>
<context>
    <name>CostSummary</name>
    <message>
        <location filename="../models/costs/CostSummary.cpp" line="35"/>
        <source>Daily spend is split by %1, over 1 to 366 days.</source>
        <translation>Die Tagesausgaben werden nach %1 aufgeteilt, über 1 bis 366 Tage.</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <location filename="../ui/pages/CostsPage.h" line="34"/>
        <location filename="../ui/pages/CostsPage.cpp" line="58"/>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="63"/>
        <source>AI spend this month</source>
        <translation>KI-Ausgaben diesen Monat</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="64"/>
        <source>Projected month end</source>
        <translation>Hochrechnung Monatsende</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="65"/>
        <source>Failed calls this month</source>
        <translation>Fehlgeschlagene Aufrufe diesen Monat</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="66"/>
        <source>Saved by the cache this month</source>
        <translation>Durch den Cache gespart diesen Monat</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="67"/>
        <source>Net cost this month</source>
        <translation>Nettokosten diesen Monat</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="81"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="82"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="85"/>
        <source>by provider/model</source>
        <translation>nach Anbieter/Modell</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="86"/>
        <source>by task type</source>
        <translation>nach Aufgabentyp</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="87"/>
        <source>by plan (now)</source>
        <translation>nach Tarif (jetzt)</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="115"/>
        <source>US dollars</source>
        <translation>US-Dollar</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/CostsPage.cpp" line="132"/>
        <source>Top %n spenders this month (double-click: open on the Quotas page)</source>
        <translation>
            <numerusform>Der größte Verursacher diesen Monat (Doppelklick: auf der Kontingent-Seite öffnen)</numerusform>
            <numerusform>Die %n größten Verursacher diesen Monat (Doppelklick: auf der Kontingent-Seite öffnen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="146"/>
        <source>Models this month</source>
        <translation>Modelle diesen Monat</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="151"/>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="205"/>
        <source>%1 by this point last month (%2%3 %)</source>
        <translation>%1 bis zu diesem Zeitpunkt im Vormonat (%2%3 %)</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="208"/>
        <source>nothing by this point last month</source>
        <translation>nichts bis zu diesem Zeitpunkt im Vormonat</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="213"/>
        <source>%1 % of the %2 budget</source>
        <translation>%1 % des Budgets von %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="215"/>
        <source>%1; no budget set</source>
        <translation>%1; kein Budget gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="219"/>
        <source>Month to date, plus each remaining day of the month at the average spend of its weekday over the last 28 full UTC days (four of each weekday; days without calls count as 0), plus the rest of today at its weekday&apos;s average times the part of the day still to come.</source>
        <translation>Bisheriger Monat, dazu jeder verbleibende Tag des Monats mit dem Durchschnitt seines Wochentags über die letzten 28 vollen UTC-Tage (je vier pro Wochentag; Tage ohne Aufrufe zählen als 0), dazu der Rest von heute mit dem Durchschnitt seines Wochentags mal dem noch kommenden Teil des Tages.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="224"/>
        <source>%1 % of the spend: calls with status error or timeout</source>
        <translation>%1 % der Ausgaben: Aufrufe mit Status error oder timeout</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="226"/>
        <source>calls with status error or timeout</source>
        <translation>Aufrufe mit Status error oder timeout</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="228"/>
        <source>recorded hits × saving per hit</source>
        <translation>erfasste Treffer × Ersparnis je Treffer</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="230"/>
        <source>spend minus the cache&apos;s savings</source>
        <translation>Ausgaben abzüglich der Cache-Ersparnis</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/CostsPage.cpp" line="233"/>
        <source>AI spend per UTC day, by task type: last %n days</source>
        <translation>
            <numerusform>KI-Ausgaben je UTC-Tag nach Aufgabentyp: letzter Tag</numerusform>
            <numerusform>KI-Ausgaben je UTC-Tag nach Aufgabentyp: letzte %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/CostsPage.cpp" line="234"/>
        <source>AI spend per UTC day, by plan (now): last %n days</source>
        <translation>
            <numerusform>KI-Ausgaben je UTC-Tag nach Tarif (jetzt): letzter Tag</numerusform>
            <numerusform>KI-Ausgaben je UTC-Tag nach Tarif (jetzt): letzte %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/CostsPage.cpp" line="235"/>
        <source>AI spend per UTC day, by model: last %n days</source>
        <translation>
            <numerusform>KI-Ausgaben je UTC-Tag nach Modell: letzter Tag</numerusform>
            <numerusform>KI-Ausgaben je UTC-Tag nach Modell: letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="251"/>
        <source>Provider/model</source>
        <translation>Anbieter/Modell</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="251"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="251"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="251"/>
        <source>Per 1,000 tokens</source>
        <translation>Je 1.000 Tokens</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="255"/>
        <source>%1 ¢</source>
        <translation>%1 ¢</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="267"/>
        <source>No active alerts.</source>
        <translation>Keine aktiven Warnungen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="297"/>
        <source>UTC day</source>
        <translation>UTC-Tag</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../models/common/CsvExport.cpp" line="34"/>
        <location filename="../models/common/CsvExport.cpp" line="48"/>
        <location filename="../models/quota/QuotaListing.cpp" line="371"/>
        <location filename="../models/quota/QuotaListing.cpp" line="390"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DailySpendModel</name>
    <message>
        <location filename="../models/costs/DailySpendModel.cpp" line="73"/>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../ui/shell/Dashboard.cpp" line="48"/>
        <source>The system keychain no longer has the password of %1.</source>
        <translation>Der Schlüsselbund des Systems hat das Passwort für %1 nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/shell/Dashboard.cpp" line="55"/>
        <source>System keychain unavailable, connecting without the remembered password: %1</source>
        <translation>Schlüsselbund des Systems nicht verfügbar, Verbindung ohne das gemerkte Passwort: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/Dashboard.cpp" line="59"/>
        <source>The password of %1 is now kept in the system keychain.</source>
        <translation>Das Passwort für %1 liegt jetzt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location filename="../ui/shell/Dashboard.cpp" line="62"/>
        <source>The system keychain did not update the password of %1: %2</source>
        <translation>Der Schlüsselbund des Systems hat das Passwort für %1 nicht aktualisiert: %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/Dashboard.cpp" line="79"/>
        <source>Preparing the demo database…</source>
        <translation>Demo-Datenbank wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../ui/shell/Dashboard.cpp" line="80"/>
        <location filename="../ui/shell/Dashboard.cpp" line="94"/>
        <source>Quotadesk demo</source>
        <translation>Quotadesk-Demo</translation>
    </message>
    <message>
        <location filename="../ui/shell/Dashboard.cpp" line="94"/>
        <source>The demo database could not be prepared: %1</source>
        <translation>Die Demo-Datenbank konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/Dashboard.cpp" line="139"/>
        <source>Asking the system keychain for the password of %1…</source>
        <translation>Das Passwort für %1 wird beim Schlüsselbund des Systems erfragt…</translation>
    </message>
    <message>
        <location filename="../ui/shell/Dashboard.cpp" line="139"/>
        <source>Connect without it</source>
        <translation>Ohne Passwort verbinden</translation>
    </message>
    <message>
        <location filename="../ui/shell/Dashboard.cpp" line="140"/>
        <location filename="../ui/shell/Dashboard.cpp" line="202"/>
        <source>Quotadesk</source>
        <translation>Quotadesk</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/Dashboard.cpp" line="208"/>
        <source>Quotadesk: %n new alert(s)</source>
        <translation>
            <numerusform>Quotadesk: %n neue Warnung</numerusform>
            <numerusform>Quotadesk: %n neue Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/Dashboard.cpp" line="258"/>
        <source>Screenshot</source>
        <translation>Bildschirmfoto</translation>
    </message>
    <message>
        <location filename="../ui/shell/Dashboard.cpp" line="258"/>
        <source>The page did not load within 90 seconds.</source>
        <translation>Die Seite wurde nicht innerhalb von 90 Sekunden geladen.</translation>
    </message>
</context>
<context>
    <name>DatabaseConnector</name>
    <message>
        <location filename="../models/db/DatabaseConnector.cpp" line="108"/>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed: install the package libqt6sql6-psql.</source>
        <translation>Der Qt-PostgreSQL-Treiber (QPSQL) ist nicht installiert: Installieren Sie das Paket libqt6sql6-psql.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseConnector.cpp" line="112"/>
        <source>Cannot understand the connection string: %1. Use a postgresql:// URI, key=value pairs or a database name.</source>
        <translation>Die Verbindungszeichenfolge ist unverständlich: %1. Verwenden Sie eine postgresql://-URI, key=value-Paare oder einen Datenbanknamen.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseConnector.cpp" line="183"/>
        <source>(invalid connection string)</source>
        <translation>(ungültige Verbindungszeichenfolge)</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseConnector.cpp" line="185"/>
        <source>(PG* environment defaults)</source>
        <translation>(Standardwerte der PG*-Umgebungsvariablen)</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseConnector.cpp" line="252"/>
        <source>Cannot connect: libpq is out of memory.</source>
        <translation>Verbindung nicht möglich: libpq hat keinen Speicher mehr.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseConnector.cpp" line="283"/>
        <source>Wrong password for PostgreSQL user &quot;%1&quot;: check PGPASSWORD, ~/.pgpass or the service file.</source>
        <translation>Falsches Passwort für PostgreSQL-Nutzer „%1“: Prüfen Sie PGPASSWORD, ~/.pgpass oder die Dienstdatei.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseConnector.cpp" line="287"/>
        <source>The server refuses this login (%1): connect as another user (user=... or PGUSER) or ask its administrator for access.</source>
        <translation>Der Server weist diese Anmeldung ab (%1): Verbinden Sie sich als anderer Nutzer (user=... oder PGUSER) oder bitten Sie den Administrator des Servers um Zugang.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseConnector.cpp" line="290"/>
        <source>The PostgreSQL server cannot take this connection now (%1): try again later.</source>
        <translation>Der PostgreSQL-Server kann diese Verbindung derzeit nicht annehmen (%1): Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseConnector.cpp" line="291"/>
        <source>PostgreSQL refused the connection: %1</source>
        <translation>PostgreSQL hat die Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseConnector.cpp" line="294"/>
        <source>The server asks for a password: put it in ~/.pgpass (or PGPASSWORD, or a service file).</source>
        <translation>Der Server verlangt ein Passwort: Hinterlegen Sie es in ~/.pgpass (oder PGPASSWORD oder einer Dienstdatei).</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseConnector.cpp" line="310"/>
        <source>Cannot reach the PostgreSQL server (%1): is it running, and are host, port and sslmode right?</source>
        <translation>Der PostgreSQL-Server ist nicht erreichbar (%1): Läuft er, und stimmen Host, Port und sslmode?</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseConnector.cpp" line="306"/>
        <source>Invalid connection setting: %1. Fix the connection string.</source>
        <translation>Ungültige Verbindungseinstellung: %1. Korrigieren Sie die Verbindungszeichenfolge.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseConnector.cpp" line="302"/>
        <source>Service &quot;%1&quot; is not defined: add it to ~/.pg_service.conf or set PGSERVICEFILE.</source>
        <translation>Dienst „%1“ ist nicht definiert: Fügen Sie ihn zu ~/.pg_service.conf hinzu oder setzen Sie PGSERVICEFILE.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseConnector.cpp" line="285"/>
        <source>Database &quot;%1&quot; does not exist: create it (createdb) or name another one with --database.</source>
        <translation>Datenbank „%1“ existiert nicht: Legen Sie sie an (createdb) oder geben Sie mit --database eine andere an.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseConnector.cpp" line="270"/>
        <source>PostgreSQL error: %1</source>
        <translation>PostgreSQL-Fehler: %1</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <location filename="../models/demo/DemoData.cpp" line="23"/>
        <source>The demo data script is missing from this build.</source>
        <translation>Das Demo-Datenskript fehlt in diesem Build.</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <location filename="../models/demo/DemoEnvironment.cpp" line="49"/>
        <source>Starting a private PostgreSQL server…</source>
        <translation>Privater PostgreSQL-Server wird gestartet…</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoEnvironment.cpp" line="62"/>
        <source>Creating the schema…</source>
        <translation>Schema wird angelegt…</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoEnvironment.cpp" line="67"/>
        <source>Loading demo data: %1 users, %2 days of usage…</source>
        <translation>Demo-Daten werden geladen: %1 Nutzer, %2 Tage Nutzung…</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoEnvironment.cpp" line="76"/>
        <source>Analysing the demo data…</source>
        <translation>Demo-Daten werden analysiert…</translation>
    </message>
</context>
<context>
    <name>DemoMarker</name>
    <message>
        <location filename="../models/demo/DemoMarker.cpp" line="30"/>
        <source>Refusing to write made-up users and usage: database &quot;%1&quot; was not created by Quotadesk as a demo database.</source>
        <translation>Erfundene Nutzer und Nutzungsdaten werden nicht geschrieben: Die Datenbank „%1“ wurde nicht von Quotadesk als Demo-Datenbank angelegt.</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <location filename="../models/common/DisplayText.cpp" line="37"/>
        <source>∞ (infinity)</source>
        <translation>∞ (unendlich)</translation>
    </message>
    <message>
        <location filename="../models/common/DisplayText.cpp" line="37"/>
        <source>−∞ (minus infinity)</source>
        <translation>−∞ (minus unendlich)</translation>
    </message>
    <message>
        <location filename="../models/common/DisplayText.cpp" line="75"/>
        <source>less than a minute</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/common/DisplayText.cpp" line="77"/>
        <source>about %n min</source>
        <translation>
            <numerusform>etwa %n Min.</numerusform>
            <numerusform>etwa %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/common/DisplayText.cpp" line="80"/>
        <source>about %n h</source>
        <translation>
            <numerusform>etwa %n Std.</numerusform>
            <numerusform>etwa %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/common/DisplayText.cpp" line="81"/>
        <source>about %1 h %2 min</source>
        <translation>etwa %1 Std. %2 Min.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/common/DisplayText.cpp" line="83"/>
        <source>about %n day(s)</source>
        <translation>
            <numerusform>etwa %n Tag</numerusform>
            <numerusform>etwa %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/common/DisplayText.cpp" line="84"/>
        <source>about %n day(s) %1 h</source>
        <translation>
            <numerusform>etwa %n Tag %1 Std.</numerusform>
            <numerusform>etwa %n Tage %1 Std.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/common/DisplayText.cpp" line="90"/>
        <source>lasts until it resets</source>
        <translation>reicht bis zum Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../models/common/DisplayText.cpp" line="93"/>
        <source>out now</source>
        <translation>jetzt aufgebraucht</translation>
    </message>
    <message>
        <location filename="../models/common/DisplayText.cpp" line="94"/>
        <source>out in %1 (%2 UTC)</source>
        <translation>aufgebraucht in %1 (%2 UTC)</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/common/DisplayText.cpp" line="103"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 und %Ln weitere</numerusform>
            <numerusform>%1 und %Ln weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HitRateByDayModel</name>
    <message>
        <location filename="../models/cache/HitRateByDayModel.cpp" line="52"/>
        <source>%1: %2 % of %3 lookups</source>
        <translation>%1: %2 % von %3 Abfragen</translation>
    </message>
    <message>
        <location filename="../models/cache/HitRateByDayModel.cpp" line="82"/>
        <source>Day of the window</source>
        <translation>Tag des Zeitraums</translation>
    </message>
    <message>
        <location filename="../models/cache/HitRateByDayModel.cpp" line="84"/>
        <source>Hit rate (%)</source>
        <translation>Trefferquote (%)</translation>
    </message>
    <message>
        <location filename="../models/cache/HitRateByDayModel.cpp" line="86"/>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../models/cache/HitRateByDayModel.cpp" line="88"/>
        <source>Misses</source>
        <translation>Fehltreffer</translation>
    </message>
    <message>
        <location filename="../models/cache/HitRateByDayModel.cpp" line="90"/>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
</context>
<context>
    <name>HitRateDonut</name>
    <message>
        <location filename="../ui/charts/HitRateDonut.cpp" line="63"/>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../ui/charts/HitRateDonut.cpp" line="64"/>
        <source>Misses</source>
        <translation>Fehltreffer</translation>
    </message>
    <message>
        <location filename="../ui/charts/HitRateDonut.cpp" line="65"/>
        <source>No lookups recorded</source>
        <translation>Keine Abfragen erfasst</translation>
    </message>
    <message>
        <location filename="../ui/charts/HitRateDonut.cpp" line="77"/>
        <source>60 %</source>
        <comment>the target mark on the hit-rate ring</comment>
        <translation>60 %</translation>
    </message>
    <message>
        <location filename="../ui/charts/HitRateDonut.cpp" line="109"/>
        <location filename="../ui/charts/HitRateDonut.cpp" line="150"/>
        <source>hit rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <location filename="../ui/charts/HitRateDonut.cpp" line="139"/>
        <source>Hits: %1</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <location filename="../ui/charts/HitRateDonut.cpp" line="140"/>
        <source>Misses: %1</source>
        <translation>%1 Fehltreffer</translation>
    </message>
    <message>
        <location filename="../ui/charts/HitRateDonut.cpp" line="141"/>
        <source>Hit rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <location filename="../ui/charts/HitRateDonut.cpp" line="141"/>
        <source>Hit rate, %1</source>
        <translation>Trefferquote, %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/HitRateDonut.cpp" line="149"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/charts/HitRateDonut.cpp" line="151"/>
        <source>On target (60 %) · %1 lookups recorded</source>
        <translation>Ziel erreicht (60 %) · %1 Abfragen erfasst</translation>
    </message>
    <message>
        <location filename="../ui/charts/HitRateDonut.cpp" line="152"/>
        <source>Below the 60 % target · %1 lookups recorded</source>
        <translation>Unter dem Ziel von 60 % · %1 Abfragen erfasst</translation>
    </message>
    <message>
        <location filename="../ui/charts/HitRateDonut.cpp" line="154"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/charts/HitRateDonut.cpp" line="155"/>
        <source>no lookups</source>
        <translation>keine Abfragen</translation>
    </message>
    <message>
        <location filename="../ui/charts/HitRateDonut.cpp" line="157"/>
        <source>Hit rate unknown (no lookups recorded). Entry reuse instead: %1 hits per entry.</source>
        <translation>Trefferquote unbekannt (keine Abfragen erfasst). Stattdessen Wiederverwendung: %1 Treffer pro Eintrag.</translation>
    </message>
    <message>
        <location filename="../ui/charts/HitRateDonut.cpp" line="159"/>
        <source>Hit rate unknown (no lookups recorded), and the cache has no entries.</source>
        <translation>Trefferquote unbekannt (keine Abfragen erfasst), und der Cache hat keine Einträge.</translation>
    </message>
</context>
<context>
    <name>HourlyTokensModel</name>
    <message>
        <location filename="../models/overview/HourlyTokensModel.cpp" line="57"/>
        <source>Hour (UTC)</source>
        <translation>Stunde (UTC)</translation>
    </message>
    <message>
        <location filename="../models/overview/HourlyTokensModel.cpp" line="59"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../models/overview/HourlyTokensModel.cpp" line="61"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
</context>
<context>
    <name>HttpBinding</name>
    <message>
        <location filename="../app/quotadesk-server/HttpBinding.cpp" line="94"/>
        <source>Length required: send Content-Length (0 for no body).</source>
        <translation>Länge erforderlich: senden Sie Content-Length (0 ohne Inhalt).</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/HttpBinding.cpp" line="95"/>
        <source>Bad request.</source>
        <translation>Ungültige Anfrage.</translation>
    </message>
</context>
<context>
    <name>LockRetry</name>
    <message>
        <location filename="../models/db/LockRetry.cpp" line="67"/>
        <source>a session that ended before it could be seen</source>
        <translation>eine Sitzung, die endete, bevor sie gesehen werden konnte</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/db/LockRetry.cpp" line="68"/>
        <source>it waited for a lock %Ln times, %1 s each; blocked by %2. End that session or wait for it, then try again.</source>
        <translation>
            <numerusform>sie wartete %Ln Mal auf eine Sperre, je %1 s; blockiert von %2. Beenden Sie diese Sitzung oder warten Sie auf sie, dann versuchen Sie es erneut.</numerusform>
            <numerusform>sie wartete %Ln Mal auf eine Sperre, je %1 s; blockiert von %2. Beenden Sie diese Sitzung oder warten Sie auf sie, dann versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="30"/>
        <source>Quotadesk</source>
        <translation>Quotadesk</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="70"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="87"/>
        <source>%1 · reads from %2</source>
        <translation>%1 · liest von %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="104"/>
        <source>Connection lost: %1 Reconnecting…</source>
        <translation>Verbindung verloren: %1 Neue Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="105"/>
        <source>Cannot connect: %1 Retrying…</source>
        <translation>Verbindung nicht möglich: %1 Neuer Versuch…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="108"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="142"/>
        <source>This connection to %1 is not encrypted: passwords and data cross the network in clear. Reconnect with SSL mode verify-full and the server&apos;s root certificate. &lt;a href=&quot;dismiss&quot;&gt;Dismiss&lt;/a&gt;</source>
        <translation>Diese Verbindung zu %1 ist nicht verschlüsselt: Passwörter und Daten gehen im Klartext über das Netzwerk. Verbinden Sie sich erneut mit SSL-Modus verify-full und dem Stammzertifikat des Servers. &lt;a href=&quot;dismiss&quot;&gt;Ausblenden&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="150"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="151"/>
        <source>&amp;Export table as CSV…</source>
        <translation>Tabelle als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="152"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="153"/>
        <source>Save &amp;chart as PNG…</source>
        <translation>&amp;Diagramm als PNG speichern…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="154"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="156"/>
        <source>C&amp;onnect to another database…</source>
        <translation>Mit anderer Datenbank &amp;verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="157"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="159"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="162"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="163"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="164"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="165"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="168"/>
        <source>&amp;Stop loading</source>
        <translation>Laden &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="171"/>
        <source>Cancel the query the page is waiting for (Esc)</source>
        <translation>Die Abfrage abbrechen, auf die die Seite wartet (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="173"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="189"/>
        <source>Could not load: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="231"/>
        <source>Updated %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="235"/>
        <source>Acting as %1</source>
        <translation>Aktionen als %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="235"/>
        <source>No staff account chosen</source>
        <translation>Kein Mitarbeiterkonto gewählt</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="237"/>
        <source>Acting as %1 — %2</source>
        <translation>Aktionen als %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="239"/>
        <source>No staff account chosen — %1</source>
        <translation>Kein Mitarbeiterkonto gewählt — %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="240"/>
        <source>Login %1</source>
        <translation>Login %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="248"/>
        <location filename="../ui/shell/MainWindow.cpp" line="259"/>
        <location filename="../ui/shell/MainWindow.cpp" line="269"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="248"/>
        <source>This page has no table to export.</source>
        <translation>Diese Seite hat keine Tabelle zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="251"/>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="251"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/MainWindow.cpp" line="261"/>
        <location filename="../ui/shell/MainWindow.cpp" line="271"/>
        <source>Exported %Ln rows to %1</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 exportiert</numerusform>
            <numerusform>%Ln Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="264"/>
        <source>Exporting to %1…</source>
        <translation>Export nach %1 läuft…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="279"/>
        <location filename="../ui/shell/MainWindow.cpp" line="296"/>
        <location filename="../ui/shell/MainWindow.cpp" line="301"/>
        <location filename="../ui/shell/MainWindow.cpp" line="305"/>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="279"/>
        <source>This page has no chart.</source>
        <translation>Diese Seite hat kein Diagramm.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="296"/>
        <source>Which chart?</source>
        <translation>Welches Diagramm?</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="301"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="305"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../models/db/Migrator.cpp" line="96"/>
        <source>Migrating needs a superuser or a role with CREATEROLE (it creates the quotadesk_* roles): run quotactl migrate as one; nothing was changed.</source>
        <translation>Die Migration braucht einen Superuser oder eine Rolle mit CREATEROLE (sie legt die Rollen quotadesk_* an): Führen Sie quotactl migrate als solche aus; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="117"/>
        <source>Cannot create Quotadesk&apos;s bookkeeping table: %1</source>
        <translation>Die Verwaltungstabelle von Quotadesk kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="127"/>
        <source>This database&apos;s Quotadesk schema is version %1, newer than this program knows (%2): upgrade Quotadesk; nothing was changed.</source>
        <translation>Das Quotadesk-Schema dieser Datenbank hat Version %1, neuer als diesem Programm bekannt (%2): Aktualisieren Sie Quotadesk; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="160"/>
        <source>Migration %1 is missing from this build.</source>
        <translation>Migration %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="215"/>
        <source>Migration %1 failed and was rolled back: %2</source>
        <translation>Migration %1 ist fehlgeschlagen und wurde zurückgerollt: %2</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="239"/>
        <source>Migration %1 is not complete (its transaction was kept; quotactl migrate goes on from here): a statement it runs outside its transaction failed: %2</source>
        <translation>Migration %1 ist nicht vollständig (ihre Transaktion bleibt erhalten; quotactl migrate macht hier weiter): eine Anweisung, die sie außerhalb ihrer Transaktion ausführt, ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="264"/>
        <source>Migration %1 ran completely but could not be recorded: %2</source>
        <translation>Migration %1 lief vollständig, konnte aber nicht verbucht werden: %2</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="310"/>
        <source>Counting the existing usage rows stopped: %1</source>
        <translation>Das Zählen der vorhandenen Nutzungszeilen wurde abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="317"/>
        <source>Rolling up the costs of the existing usage rows stopped: %1</source>
        <translation>Das Zusammenfassen der Kosten vorhandener Nutzungszeilen wurde abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="385"/>
        <source>This database has no Quotadesk schema yet: run `quotactl migrate` first.</source>
        <translation>Diese Datenbank hat noch kein Quotadesk-Schema: Führen Sie zuerst `quotactl migrate` aus.</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="387"/>
        <source>This database&apos;s Quotadesk schema is version %1, older than this program&apos;s %2: run `quotactl migrate`.</source>
        <translation>Das Quotadesk-Schema dieser Datenbank hat Version %1, älter als Version %2 dieses Programms: Führen Sie `quotactl migrate` aus.</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="391"/>
        <source>This database&apos;s Quotadesk schema is version %1, newer than this program knows (%2): upgrade Quotadesk.</source>
        <translation>Das Quotadesk-Schema dieser Datenbank hat Version %1, neuer als diesem Programm bekannt (%2): Aktualisieren Sie Quotadesk.</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="402"/>
        <source>Table &quot;%1&quot; is missing from this database: run `quotactl migrate` to create it.</source>
        <translation>Tabelle „%1“ fehlt in dieser Datenbank: Führen Sie `quotactl migrate` aus, um sie anzulegen.</translation>
    </message>
</context>
<context>
    <name>Orchestrator</name>
    <message>
        <location filename="../models/ai/Orchestrator.cpp" line="54"/>
        <source>Quotadesk local generator</source>
        <translation>Lokaler Quotadesk-Generator</translation>
    </message>
    <message>
        <location filename="../models/ai/Orchestrator.cpp" line="140"/>
        <source>The AI provider failed (%1): %2</source>
        <translation>Fehler beim KI-Anbieter (%1): %2</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../ui/pages/OverviewPage.h" line="24"/>
        <location filename="../ui/pages/OverviewPage.cpp" line="27"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="32"/>
        <source>Tokens today</source>
        <translation>Tokens heute</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="33"/>
        <source>AI cost today</source>
        <translation>KI-Kosten heute</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="34"/>
        <source>AI cost this month</source>
        <translation>KI-Kosten diesen Monat</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="35"/>
        <source>Cache hit rate today</source>
        <translation>Cache-Trefferquote heute</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="36"/>
        <source>Users at warning (≥ %1 %)</source>
        <translation>Nutzer mit Warnung (≥ %1 %)</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="37"/>
        <source>Users critical (≥ %1 %)</source>
        <translation>Nutzer kritisch (≥ %1 %)</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="38"/>
        <source>Users exceeded (≥ %1 %)</source>
        <translation>Nutzer überschritten (≥ %1 %)</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="39"/>
        <source>Cost saved by the cache</source>
        <translation>Ersparnis durch den Cache</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="40"/>
        <source>Cache storage</source>
        <translation>Cache-Speicher</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="51"/>
        <source>Tokens per hour (UTC): today and yesterday</source>
        <translation>Tokens pro Stunde (UTC): heute und gestern</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="54"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="58"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="81"/>
        <source>Hour of the day (UTC)</source>
        <translation>Stunde des Tages (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="84"/>
        <location filename="../ui/pages/OverviewPage.cpp" line="156"/>
        <source>Thousand tokens</source>
        <translation>Tausend Tokens</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="132"/>
        <source>successful calls since 00:00 UTC</source>
        <translation>erfolgreiche Aufrufe seit 00:00 UTC</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="133"/>
        <source>all calls, failed ones included</source>
        <translation>alle Aufrufe, auch fehlgeschlagene</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="137"/>
        <source>of %1 users, daily quota</source>
        <translation>von %1 Nutzern, Tageskontingent</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="144"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="145"/>
        <source>%1 lookups today; target 60 %</source>
        <translation>%1 Abfragen heute; Ziel 60 %</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="148"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="148"/>
        <source>no lookups recorded today</source>
        <translation>heute keine Abfragen erfasst</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="151"/>
        <source>hits × saving per hit, all entries</source>
        <translation>Treffer × Ersparnis pro Treffer, alle Einträge</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="152"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="153"/>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="156"/>
        <source>Million tokens</source>
        <translation>Millionen Tokens</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="156"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
</context>
<context>
    <name>PasswordKeychain</name>
    <message>
        <location filename="../ui/shell/PasswordKeychain.cpp" line="33"/>
        <source>no Secret Service or KWallet is running</source>
        <translation>weder Secret Service noch KWallet läuft</translation>
    </message>
    <message>
        <location filename="../ui/shell/PasswordKeychain.cpp" line="35"/>
        <source>access was refused</source>
        <translation>der Zugriff wurde abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/shell/PasswordKeychain.cpp" line="37"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location filename="../ui/shell/PasswordKeychain.cpp" line="62"/>
        <source>it did not answer</source>
        <translation>er hat nicht geantwortet</translation>
    </message>
</context>
<context>
    <name>PgPassFile</name>
    <message>
        <location filename="../models/db/PgPassFile.cpp" line="60"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../models/db/PgPassFile.cpp" line="80"/>
        <location filename="../models/db/PgPassFile.cpp" line="89"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../models/db/PgPassFile.cpp" line="85"/>
        <source>Cannot make %1 readable only by you: %2</source>
        <translation>%1 kann nicht nur für Sie lesbar gemacht werden: %2</translation>
    </message>
</context>
<context>
    <name>PlanLimitsDialog</name>
    <message>
        <location filename="../ui/dialogs/PlanLimitsDialog.cpp" line="44"/>
        <source>Plan limits</source>
        <translation>Tarif-Limits</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanLimitsDialog.cpp" line="46"/>
        <source>The limits of a plan apply to all its users at once. Leave a limit empty for unlimited. Saving is recorded in the audit log.</source>
        <translation>Die Limits eines Tarifs gelten für alle seine Nutzer zugleich. Ein leeres Limit heißt unbegrenzt. Das Speichern wird im Prüfprotokoll vermerkt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/PlanLimitsDialog.cpp" line="58"/>
        <source>%1 (%Ln users)</source>
        <translation>
            <numerusform>%1 (%Ln Nutzer)</numerusform>
            <numerusform>%1 (%Ln Nutzer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/PlanLimitsDialog.cpp" line="59"/>
        <source>%1 (%Ln users, no limits row: freemium&apos;s apply)</source>
        <translation>
            <numerusform>%1 (%Ln Nutzer, keine Limit-Zeile: es gelten die von freemium)</numerusform>
            <numerusform>%1 (%Ln Nutzer, keine Limit-Zeile: es gelten die von freemium)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanLimitsDialog.cpp" line="61"/>
        <source>&amp;Plan:</source>
        <translation>&amp;Tarif:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanLimitsDialog.cpp" line="66"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanLimitsDialog.cpp" line="72"/>
        <source>&amp;Daily tokens:</source>
        <translation>Tokens pro &amp;Tag:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanLimitsDialog.cpp" line="73"/>
        <source>&amp;Monthly tokens:</source>
        <translation>Tokens pro &amp;Monat:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanLimitsDialog.cpp" line="74"/>
        <source>&amp;Hourly calls:</source>
        <translation>Aufrufe pro &amp;Stunde:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanLimitsDialog.cpp" line="78"/>
        <source>&amp;Cache tier:</source>
        <translation>&amp;Cache-Stufe:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanLimitsDialog.cpp" line="89"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanLimitsDialog.cpp" line="152"/>
        <source>Counting the users whose level would change…</source>
        <translation>Zähle die Nutzer, deren Stufe sich ändern würde…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanLimitsDialog.cpp" line="152"/>
        <source>A limit is a whole number, or empty for unlimited.</source>
        <translation>Ein Limit ist eine ganze Zahl oder leer für unbegrenzt.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanLimitsDialog.cpp" line="168"/>
        <source>The preview could not be computed: %1</source>
        <translation>Die Vorschau konnte nicht berechnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/PlanLimitsDialog.cpp" line="175"/>
        <source>Under these limits, of the plan&apos;s %Ln users now: %1 change daily level, %2 monthly, %3 hourly; %4 newly at exceeded, %5 no longer.</source>
        <translation>
            <numerusform>Mit diesen Limits, von %Ln Nutzer des Tarifs jetzt: %1 ändern die Tagesstufe, %2 die Monats-, %3 die Stundenstufe; %4 neu überschritten, %5 nicht mehr.</numerusform>
            <numerusform>Mit diesen Limits, von den %Ln Nutzern des Tarifs jetzt: %1 ändern die Tagesstufe, %2 die Monats-, %3 die Stundenstufe; %4 neu überschritten, %5 nicht mehr.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptSet</name>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="18"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="20"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="22"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="24"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="26"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="28"/>
        <source>not a text</source>
        <translation>kein Text</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="55"/>
        <source>There are no prompts: the object is empty.</source>
        <translation>Es gibt keine Prompts: Das Objekt ist leer.</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="59"/>
        <source>A prompt has an empty key.</source>
        <translation>Ein Prompt hat einen leeren Schlüssel.</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="62"/>
        <source>The key &quot;%1...&quot; is %2 characters; the limit is %3.</source>
        <translation>Der Schlüssel „%1...“ hat %2 Zeichen; das Limit ist %3.</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="65"/>
        <source>The key &quot;%1&quot; contains a NUL character.</source>
        <translation>Der Schlüssel „%1“ enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="67"/>
        <source>The value of &quot;%1&quot; is %2, not a prompt text.</source>
        <translation>Der Wert von „%1“ ist %2, kein Prompt-Text.</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="69"/>
        <source>The prompt &quot;%1&quot; is empty.</source>
        <translation>Der Prompt „%1“ ist leer.</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="72"/>
        <source>The prompt &quot;%1&quot; contains a NUL character (\u0000), which PostgreSQL text cannot hold.</source>
        <translation>Der Prompt „%1“ enthält ein NUL-Zeichen (\u0000), das PostgreSQL-Text nicht speichern kann.</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="106"/>
        <source>Prompts file %1 does not exist.</source>
        <translation>Prompt-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="108"/>
        <source>%1 is a directory, not a prompts file.</source>
        <translation>%1 ist ein Verzeichnis, keine Prompt-Datei.</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="90"/>
        <source>Prompts file %1 is larger than %2 MB.</source>
        <translation>Prompt-Datei %1 ist größer als %2 MB.</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="112"/>
        <source>Cannot read prompts file %1: %2</source>
        <translation>Prompt-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="122"/>
        <source>Prompts file %1 is empty: it must hold a JSON object mapping cache keys to prompt texts.</source>
        <translation>Prompt-Datei %1 ist leer: Die Datei muss ein JSON-Objekt enthalten, das Cache-Schlüssel auf Prompt-Texte abbildet.</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="130"/>
        <source>Prompts file %1 is not valid JSON: %2 at line %3, column %4.</source>
        <translation>Prompt-Datei %1 ist kein gültiges JSON: %2 in Zeile %3, Spalte %4.</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="134"/>
        <source>Prompts file %1 holds a JSON array; it must hold a JSON object mapping cache keys to prompt texts, like {&quot;cv_drafting_system&quot;: &quot;You are ...&quot;}.</source>
        <translation>Prompt-Datei %1 enthält ein JSON-Array; sie muss ein JSON-Objekt enthalten, das Cache-Schlüssel auf Prompt-Texte abbildet, etwa {&quot;cv_drafting_system&quot;: &quot;You are ...&quot;}.</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="137"/>
        <source>Prompts file %1 must hold a JSON object mapping cache keys to prompt texts.</source>
        <translation>Prompt-Datei %1 muss ein JSON-Objekt enthalten, das Cache-Schlüssel auf Prompt-Texte abbildet.</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="145"/>
        <source>Prompts file %1, line %2: %3</source>
        <translation>Prompt-Datei %1, Zeile %2: %3</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="146"/>
        <source>Prompts file %1: %2</source>
        <translation>Prompt-Datei %1: %2</translation>
    </message>
</context>
<context>
    <name>QuotaBarChart</name>
    <message>
        <location filename="../ui/charts/QuotaBarChart.cpp" line="24"/>
        <location filename="../ui/charts/QuotaBarChart.cpp" line="139"/>
        <source>Top %1 users by daily quota used</source>
        <translation>Top %1 Nutzer nach genutztem Tageskontingent</translation>
    </message>
    <message>
        <location filename="../ui/charts/QuotaBarChart.cpp" line="50"/>
        <source>% of daily quota used</source>
        <translation>% des Tageskontingents verbraucht</translation>
    </message>
    <message>
        <location filename="../ui/charts/QuotaBarChart.cpp" line="51"/>
        <source>Dashed lines: the warning, critical and exceeded thresholds (%1, %2 and %3 %).</source>
        <translation>Gestrichelte Linien: die Schwellen für Warnung, kritisch und überschritten (%1, %2 und %3 %).</translation>
    </message>
    <message>
        <location filename="../ui/charts/QuotaBarChart.cpp" line="78"/>
        <source>%1% threshold</source>
        <translation>Schwelle %1 %</translation>
    </message>
    <message>
        <location filename="../ui/charts/QuotaBarChart.cpp" line="119"/>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <location filename="../ui/charts/QuotaBarChart.cpp" line="138"/>
        <source>No user has used any of a daily quota yet</source>
        <translation>Noch kein Nutzer hat etwas von seinem Tageskontingent verbraucht</translation>
    </message>
</context>
<context>
    <name>QuotaEndpoints</name>
    <message>
        <location filename="../models/rest/QuotaEndpoints.cpp" line="27"/>
        <source>Only staff and services may ask about another user&apos;s quota.</source>
        <translation>Nur Mitarbeitende und Dienste dürfen das Kontingent eines anderen Benutzers abfragen.</translation>
    </message>
    <message>
        <location filename="../models/rest/QuotaEndpoints.cpp" line="32"/>
        <source>required for a caller that is not a user</source>
        <translation>erforderlich für Aufrufer, die kein Benutzer sind</translation>
    </message>
    <message>
        <location filename="../models/rest/QuotaEndpoints.cpp" line="145"/>
        <source>must be one of %1</source>
        <translation>muss einer der Werte %1 sein</translation>
    </message>
</context>
<context>
    <name>QuotaLevel</name>
    <message>
        <location filename="../models/quota/QuotaLevel.cpp" line="27"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaLevel.cpp" line="29"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaLevel.cpp" line="31"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaLevel.cpp" line="33"/>
        <source>Exceeded</source>
        <translation>Überschritten</translation>
    </message>
</context>
<context>
    <name>QuotaListingQuery</name>
    <message>
        <location filename="../models/quota/QuotaListing.cpp" line="249"/>
        <location filename="../models/quota/QuotaListing.cpp" line="276"/>
        <source>Column %1 cannot be sorted.</source>
        <translation>Nach Spalte %1 kann nicht sortiert werden.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaListing.cpp" line="423"/>
        <source>Unknown period &quot;%1&quot;.</source>
        <translation>Unbekannter Zeitraum „%1“.</translation>
    </message>
</context>
<context>
    <name>QuotaPeriod</name>
    <message>
        <location filename="../models/quota/QuotaPeriod.cpp" line="11"/>
        <source>Daily tokens (today, UTC)</source>
        <translation>Tägliche Tokens (heute, UTC)</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaPeriod.cpp" line="13"/>
        <source>Monthly tokens (this month, UTC)</source>
        <translation>Monatliche Tokens (dieser Monat, UTC)</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaPeriod.cpp" line="15"/>
        <source>Hourly calls (last 60 minutes)</source>
        <translation>Stündliche Aufrufe (letzte 60 Minuten)</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaPeriod.cpp" line="25"/>
        <source>The daily quota of %1 was reset.</source>
        <translation>Das Tageskontingent von %1 wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaPeriod.cpp" line="27"/>
        <source>The monthly quota of %1 was reset.</source>
        <translation>Das Monatskontingent von %1 wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaPeriod.cpp" line="29"/>
        <source>The hourly quota of %1 was reset.</source>
        <translation>Das Stundenkontingent von %1 wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaPeriod.cpp" line="30"/>
        <source>The quota “%1” of %2 was reset.</source>
        <translation>Das Kontingent „%1“ von %2 wurde zurückgesetzt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/quota/QuotaPeriod.cpp" line="34"/>
        <source>The daily quota of %Ln users was reset.</source>
        <translation>
            <numerusform>Das Tageskontingent von %Ln Nutzer wurde zurückgesetzt.</numerusform>
            <numerusform>Das Tageskontingent von %Ln Nutzern wurde zurückgesetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/quota/QuotaPeriod.cpp" line="36"/>
        <source>The monthly quota of %Ln users was reset.</source>
        <translation>
            <numerusform>Das Monatskontingent von %Ln Nutzer wurde zurückgesetzt.</numerusform>
            <numerusform>Das Monatskontingent von %Ln Nutzern wurde zurückgesetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/quota/QuotaPeriod.cpp" line="38"/>
        <source>The hourly quota of %Ln users was reset.</source>
        <translation>
            <numerusform>Das Stundenkontingent von %Ln Nutzer wurde zurückgesetzt.</numerusform>
            <numerusform>Das Stundenkontingent von %Ln Nutzern wurde zurückgesetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/quota/QuotaPeriod.cpp" line="39"/>
        <source>The quota “%1” of %Ln users was reset.</source>
        <translation>
            <numerusform>Das Kontingent „%1“ von %Ln Nutzer wurde zurückgesetzt.</numerusform>
            <numerusform>Das Kontingent „%1“ von %Ln Nutzern wurde zurückgesetzt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotaService</name>
    <message>
        <location filename="../models/quota/QuotaService.cpp" line="116"/>
        <location filename="../models/quota/QuotaService.cpp" line="176"/>
        <location filename="../models/quota/QuotaService.cpp" line="196"/>
        <location filename="../models/quota/QuotaService.cpp" line="211"/>
        <source>No user with id %1.</source>
        <translation>Kein Nutzer mit ID %1.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaService.cpp" line="237"/>
        <source>No token estimate for task &quot;%1&quot; and none for &quot;other&quot;: add one to quotadesk.task_estimates.</source>
        <translation>Keine Token-Schätzung für Aufgabe „%1“ und keine für „other“: Fügen Sie eine in quotadesk.task_estimates hinzu.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaService.cpp" line="267"/>
        <source>The estimated token count must be a positive number, not %1.</source>
        <translation>Die geschätzte Tokenzahl muss eine positive Zahl sein, nicht %1.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaService.cpp" line="295"/>
        <source>Daily quota exceeded: %1 of %2 tokens used today; resets at %3.</source>
        <translation>Tageskontingent überschritten: %1 von %2 Tokens heute verbraucht; nächste Zurücksetzung: %3.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaService.cpp" line="296"/>
        <source>Not enough daily quota: this request needs about %1 tokens, only %2 of %3 are left today; resets at %4.</source>
        <translation>Tageskontingent reicht nicht: Diese Anfrage braucht etwa %1 Tokens, heute sind nur noch %2 von %3 übrig; nächste Zurücksetzung: %4.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaService.cpp" line="299"/>
        <source>Monthly quota exceeded: %1 of %2 tokens used this month; resets at %3.</source>
        <translation>Monatskontingent überschritten: %1 von %2 Tokens in diesem Monat verbraucht; nächste Zurücksetzung: %3.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaService.cpp" line="300"/>
        <source>Not enough monthly quota: this request needs about %1 tokens, only %2 of %3 are left this month; resets at %4.</source>
        <translation>Monatskontingent reicht nicht: Diese Anfrage braucht etwa %1 Tokens, in diesem Monat sind nur noch %2 von %3 übrig; nächste Zurücksetzung: %4.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaService.cpp" line="317"/>
        <source>Hourly call limit reached: %1 of %2 calls in the last 60 minutes; try again later.</source>
        <translation>Stündliches Aufruflimit erreicht: %1 von %2 Aufrufen in den letzten 60 Minuten; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaService.cpp" line="321"/>
        <source>Allowed: about %1 tokens.</source>
        <translation>Erlaubt: etwa %1 Tokens.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaService.cpp" line="415"/>
        <source>No plan given: name the plan whose limits to set.</source>
        <translation>Kein Tarif angegeben: Nennen Sie den Tarif, dessen Limits gesetzt werden sollen.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaService.cpp" line="417"/>
        <source>The daily token limit must be zero or more (or empty for unlimited), not %1.</source>
        <translation>Das tägliche Token-Limit muss null oder mehr sein (oder leer für unbegrenzt), nicht %1.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaService.cpp" line="419"/>
        <source>The monthly token limit must be zero or more (or empty for unlimited), not %1.</source>
        <translation>Das monatliche Token-Limit muss null oder mehr sein (oder leer für unbegrenzt), nicht %1.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaService.cpp" line="421"/>
        <source>The hourly call limit must be between 0 and %1 (or empty for unlimited), not %2.</source>
        <translation>Das stündliche Aufruflimit muss zwischen 0 und %1 liegen (oder leer für unbegrenzt), nicht %2.</translation>
    </message>
</context>
<context>
    <name>QuotaTableModel</name>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="154"/>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="155"/>
        <source>%1 (id %2), inactive account</source>
        <translation>%1 (ID %2), inaktives Konto</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="157"/>
        <source>Plan &quot;%1&quot; has no limits row: freemium&apos;s limits apply until one is added.</source>
        <translation>Tarif „%1“ hat keine Limit-Zeile: Bis eine hinzugefügt wird, gelten die Limits von freemium.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="162"/>
        <source>Unlimited on plan &quot;%1&quot;.</source>
        <translation>Unbegrenzt im Tarif „%1“.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="196"/>
        <source>%1 (no limits: freemium&apos;s apply)</source>
        <translation>%1 (keine Limits: die von freemium gelten)</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="215"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="203"/>
        <location filename="../models/quota/QuotaTableModel.cpp" line="217"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="159"/>
        <source>At this rate: %1.</source>
        <translation>Bei diesem Tempo: %1.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="205"/>
        <source>out now</source>
        <translation>jetzt aufgebraucht</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="205"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="217"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="262"/>
        <source>When the daily quota runs out at the pace of the last 60 minutes (successful calls&apos; tokens); – when not before midnight UTC</source>
        <translation>Wann das Tageskontingent beim Tempo der letzten 60 Minuten aufgebraucht ist (Tokens erfolgreicher Aufrufe); – wenn nicht vor Mitternacht UTC</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="264"/>
        <source>When the monthly quota runs out at the pace of the last 7 days (successful calls&apos; tokens); – when not before the month ends</source>
        <translation>Wann das Monatskontingent beim Tempo der letzten 7 Tage aufgebraucht ist (Tokens erfolgreicher Aufrufe); – wenn nicht vor Monatsende</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="267"/>
        <source>Tokens of successful calls since 00:00 UTC (after the latest daily reset)</source>
        <translation>Tokens erfolgreicher Aufrufe seit 00:00 UTC (nach der letzten täglichen Zurücksetzung)</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="269"/>
        <source>Tokens of successful calls since the 1st of the month, 00:00 UTC (after the latest monthly reset)</source>
        <translation>Tokens erfolgreicher Aufrufe seit dem 1. des Monats, 00:00 UTC (nach der letzten monatlichen Zurücksetzung)</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="271"/>
        <source>Calls of any status in the last 60 minutes (after the latest hourly reset)</source>
        <translation>Aufrufe mit beliebigem Status in den letzten 60 Minuten (nach der letzten stündlichen Zurücksetzung)</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="285"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="287"/>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="289"/>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="291"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="293"/>
        <source>Daily limit</source>
        <translation>Tageslimit</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="295"/>
        <source>Daily %</source>
        <translation>Tag %</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="297"/>
        <source>Daily level</source>
        <translation>Tagesstufe</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="299"/>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="301"/>
        <source>Monthly limit</source>
        <translation>Monatslimit</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="303"/>
        <source>Monthly %</source>
        <translation>Monat %</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="305"/>
        <source>Monthly level</source>
        <translation>Monatsstufe</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="307"/>
        <source>Calls, 60 min</source>
        <translation>Aufrufe, 60 Min.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="309"/>
        <source>Hourly limit</source>
        <translation>Stundenlimit</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="311"/>
        <source>Hourly %</source>
        <translation>Stunde %</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="313"/>
        <source>Hourly level</source>
        <translation>Stundenstufe</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="315"/>
        <source>Daily quota out</source>
        <translation>Tageskontingent aufgebraucht</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="317"/>
        <source>Monthly quota out</source>
        <translation>Monatskontingent aufgebraucht</translation>
    </message>
</context>
<context>
    <name>Quotactl</name>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="28"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="45"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="57"/>
        <source>STAFF</source>
        <translation>MITARBEITER</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="36"/>
        <source>Create or update Quotadesk&apos;s schema (upstream tables only where missing).</source>
        <translation>Quotadesk-Schema anlegen oder aktualisieren (Upstream-Tabellen nur, wo sie fehlen).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="63"/>
        <source>Quota status of every user, from one query.</source>
        <translation>Kontingentstatus aller Nutzer, aus einer Abfrage.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="64"/>
        <source>Only users at this daily level or above: ok, warning, critical, exceeded.</source>
        <translation>Nur Nutzer ab dieser Tagesstufe: ok, warning, critical, exceeded.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="64"/>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="157"/>
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="65"/>
        <source>Sort by daily, monthly or hourly percentage (default daily).</source>
        <translation>Nach täglichem, monatlichem oder stündlichem Prozentsatz sortieren: daily, monthly oder hourly (Standard: daily).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="65"/>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="152"/>
        <source>WINDOW</source>
        <translation>ZEITRAUM</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="66"/>
        <source>Show at most N users (0 = all).</source>
        <translation>Höchstens N Nutzer anzeigen (0 = alle).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="66"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="77"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="87"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="103"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="131"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="137"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="29"/>
        <source>Evaluate at this UTC time (ISO 8601) instead of now.</source>
        <translation>Zu dieser UTC-Zeit (ISO 8601) statt jetzt auswerten.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="28"/>
        <source>Staff account (id or email) taking the action; default $QUOTADESK_STAFF, else the login&apos;s own (quotactl grant).</source>
        <translation>Mitarbeiterkonto (ID oder E-Mail), das die Aktion ausführt; Standard: $QUOTADESK_STAFF, sonst das des Logins (quotactl grant).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="29"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="100"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="134"/>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="31"/>
        <source>Id of this action (UUID; default: a fresh one, printed). The same id again acts not again: it prints the first outcome.</source>
        <translation>ID dieser Aktion (UUID; Standard: eine neue, wird ausgegeben). Dieselbe ID nochmals handelt nicht erneut: sie gibt das erste Ergebnis aus.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="32"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="127"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="40"/>
        <source>Recompute the usage counters from the raw usage rows: exit 0 no drift, 1 naming the first user and day or month that differs.</source>
        <translation>Die Nutzungszähler aus den Rohzeilen neu berechnen: Exit 0 ohne Abweichung, 1 mit dem ersten abweichenden Benutzer und Tag oder Monat.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="43"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="47"/>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="43"/>
        <source>Give a database login Quotadesk roles and the staff account it acts as (run by a DBA).</source>
        <translation>Einem Datenbank-Login Quotadesk-Rollen und das Mitarbeiterkonto zuweisen, als das es handelt (durch einen DBA).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="44"/>
        <source>viewer, admin, service or delegate; repeat for several.</source>
        <translation>viewer, admin, service oder delegate; für mehrere wiederholen.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="44"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="56"/>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="45"/>
        <source>Staff account (id or email) the login acts as; viewer and admin need one.</source>
        <translation>Mitarbeiterkonto (ID oder E-Mail), als das der Login handelt; viewer und admin brauchen eines.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="47"/>
        <source>Take every Quotadesk role and the staff account from a login.</source>
        <translation>Einem Login alle Quotadesk-Rollen und das Mitarbeiterkonto entziehen.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="50"/>
        <source>Logins with Quotadesk roles and the staff accounts they act as.</source>
        <translation>Logins mit Quotadesk-Rollen und den Mitarbeiterkonten, als die sie handeln.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="53"/>
        <source>create | revoke NAME</source>
        <translation>create | revoke NAME</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="54"/>
        <source>Create an API token for quotadesk-server (printed once; only its SHA-256 is stored), or revoke one (audited).</source>
        <translation>Ein API-Token für quotadesk-server erstellen (einmal ausgegeben; gespeichert wird nur sein SHA-256) oder eines widerrufen (protokolliert).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="55"/>
        <source>Name of the new token (unique among active tokens).</source>
        <translation>Name des neuen Tokens (eindeutig unter den aktiven Tokens).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="55"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="56"/>
        <source>What the token may do: service, viewer or admin.</source>
        <translation>Was das Token darf: service, viewer oder admin.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="57"/>
        <source>Staff account (id or email) the token acts as; an admin token needs one.</source>
        <translation>Mitarbeiterkonto (ID oder E-Mail), als das das Token handelt; ein admin-Token braucht eines.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="60"/>
        <source>The API tokens: name, role, staff account, created, last used, revoked (never the tokens).</source>
        <translation>Die API-Tokens: Name, Rolle, Mitarbeiterkonto, erstellt, zuletzt verwendet, widerrufen (nie die Tokens selbst).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="69"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="72"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="75"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="109"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="114"/>
        <source>USER</source>
        <translation>NUTZER</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="69"/>
        <source>Daily, monthly and hourly usage of one user against their plan.</source>
        <translation>Tägliche, monatliche und stündliche Nutzung eines Nutzers im Vergleich zu seinem Tarif.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="72"/>
        <source>The quota limits of a user&apos;s plan.</source>
        <translation>Die Kontingentlimits des Tarifs eines Nutzers.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="75"/>
        <source>Would a task be allowed now? Exit 0 allowed, 3 refused, 2 error.</source>
        <translation>Wäre eine Aufgabe jetzt erlaubt? Exit-Code 0 erlaubt, 3 abgelehnt, 2 Fehler.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="76"/>
        <source>Task type: extraction, cv_draft, cover_letter, validation, ...</source>
        <translation>Aufgabentyp: extraction, cv_draft, cover_letter, validation, ...</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="76"/>
        <source>TASK</source>
        <translation>AUFGABE</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="77"/>
        <source>Estimated tokens (default: the task&apos;s estimate).</source>
        <translation>Geschätzte Tokens (Standard: die Schätzung der Aufgabe).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="79"/>
        <source>USER...</source>
        <translation>NUTZER...</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="79"/>
        <source>Reset the quota of one or more users (recorded and audited; usage is kept).</source>
        <translation>Kontingent eines oder mehrerer Nutzer zurücksetzen (erfasst und protokolliert; die Nutzung bleibt erhalten).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="80"/>
        <source>daily, monthly or hourly.</source>
        <translation>daily, monthly oder hourly.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="80"/>
        <source>PERIOD</source>
        <translation>ZEITRAUM</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="81"/>
        <source>Why (required; goes to the audit log).</source>
        <translation>Grund (erforderlich; kommt ins Prüfprotokoll).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="81"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="86"/>
        <source>AI spend of the last N UTC days: calls, tokens, cost and failed calls&apos; cost, by day, model, task, plan or user.</source>
        <translation>KI-Ausgaben der letzten N UTC-Tage: Aufrufe, Tokens, Kosten und Kosten fehlgeschlagener Aufrufe, nach Tag, Modell, Aufgabe, Tarif oder Nutzer.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="87"/>
        <source>The N UTC days ending today (default 30).</source>
        <translation>Die N UTC-Tage bis heute (Standard 30).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="88"/>
        <source>day, model (provider/model), task, plan (the user&apos;s plan now) or user (default day).</source>
        <translation>day, model (Anbieter/Modell), task, plan (der heutige Tarif des Nutzers) oder user (Standard day).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="91"/>
        <source>[set USD | remove]</source>
        <translation>[set USD | remove]</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="92"/>
        <source>Monthly AI budgets against this month&apos;s projection; set or remove one (admins; audited).</source>
        <translation>Monatliche KI-Budgets gegen die Hochrechnung dieses Monats; eines setzen oder entfernen (Admins; protokolliert).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="93"/>
        <source>The budget of one plan (its users&apos; calls) instead of all calls.</source>
        <translation>Das Budget eines Tarifs (die Aufrufe seiner Nutzer) statt aller Aufrufe.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="96"/>
        <source>Active alerts (budget, users at exceeded, cache hit rate, expired rows): exit 0 none, 1 some.</source>
        <translation>Aktive Warnungen (Budget, Nutzer über dem Kontingent, Cache-Trefferquote, abgelaufene Zeilen): Exit 0 keine, 1 einige.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="97"/>
        <source>POST each new alert once to this URL as JSON (Slack-compatible &quot;text&quot;).</source>
        <translation>Jede neue Warnung einmal per POST als JSON an diese URL senden (Slack-kompatibles „text“).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="97"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="99"/>
        <source>Cache size, hits, savings and hit rate (SQL aggregates).</source>
        <translation>Cache-Größe, Treffer, Ersparnis und Trefferquote (SQL-Aggregate).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="100"/>
        <source>Hit rate from this UTC time (default: all recorded lookups).</source>
        <translation>Trefferquote ab dieser UTC-Zeit (Standard: alle erfassten Abfragen).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="102"/>
        <source>Delete expired cache rows, in batches (audited).</source>
        <translation>Abgelaufene Cache-Zeilen stapelweise löschen (protokolliert).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="105"/>
        <source>Only count what would be deleted.</source>
        <translation>Nur zählen, was gelöscht würde.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="109"/>
        <source>Delete one user&apos;s non-system cache rows (audited).</source>
        <translation>Nicht-System-Cache-Zeilen eines Nutzers löschen (protokolliert).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="88"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="112"/>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="112"/>
        <source>Delete one cache entry (audited).</source>
        <translation>Einen Cache-Eintrag löschen (protokolliert).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="113"/>
        <source>Cache type: system, session, content, extraction.</source>
        <translation>Cache-Typ: system, session, content, extraction.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="113"/>
        <location filename="../app/quotactl/CacheCommands.cpp" line="45"/>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="114"/>
        <source>Owner of the entry (id or email).</source>
        <translation>Eigentümer des Eintrags (ID oder E-Mail).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="118"/>
        <source>Upsert the system prompts (default set, or a JSON file key → text; audited).</source>
        <translation>System-Prompts einfügen oder aktualisieren (Standardsatz oder eine JSON-Datei Schlüssel → Text; protokolliert).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="119"/>
        <source>JSON file of prompts (default: the built-in set).</source>
        <translation>JSON-Datei mit Prompts (Standard: der eingebaute Satz).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="119"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="123"/>
        <source>verify</source>
        <translation>verify</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="124"/>
        <source>Recompute the tamper-evident audit chain: exit 0 intact, 1 naming the first row changed, deleted or inserted outside Quotadesk.</source>
        <translation>Die manipulationssichere Prüfkette neu berechnen: Exit 0 intakt, 1 mit der ersten Zeile, die außerhalb von Quotadesk geändert, gelöscht oder eingefügt wurde.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="127"/>
        <source>What an admin action did, or that it was never applied (exit 1).</source>
        <translation>Was eine Admin-Aktion bewirkt hat, oder dass sie nie ausgeführt wurde (Exit 1).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="130"/>
        <source>Load deterministic demo data (users, usage, cache rows).</source>
        <translation>Deterministische Demo-Daten laden (Nutzer, Nutzung, Cache-Zeilen).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="131"/>
        <source>Number of users (default 2000).</source>
        <translation>Anzahl der Nutzer (Standard 2000).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="132"/>
        <source>Days of usage history (default 30).</source>
        <translation>Tage des Nutzungsverlaufs (Standard 30).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="132"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="33"/>
        <source>Random seed (default 1).</source>
        <translation>Zufalls-Seed (Standard 1).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="18"/>
        <source>Connection: postgresql:// URI, key=value string, service=NAME or database name (default: libpq&apos;s PG* variables, service file and ~/.pgpass).</source>
        <translation>Verbindung: postgresql://-URI, key=value-Zeichenfolge, service=NAME oder Datenbankname (Standard: PG*-Variablen von libpq, Dienstdatei und ~/.pgpass).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="33"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="138"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="103"/>
        <source>Rows per batch (default %1).</source>
        <translation>Zeilen pro Stapel (Standard %1).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="134"/>
        <source>Pretend it is this UTC time (default now).</source>
        <translation>So tun, als wäre es diese UTC-Zeit (Standard: jetzt).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="136"/>
        <source>Send realistic traffic through quota check, cache and generator.</source>
        <translation>Realistischen Verkehr durch Kontingentprüfung, Cache und Generator schicken.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="137"/>
        <source>Stop after N requests (default 500; 0 = until --duration).</source>
        <translation>Nach N Anfragen anhalten (Standard 500; 0 = bis --duration).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="138"/>
        <source>Stop after S seconds (default: no limit).</source>
        <translation>Nach S Sekunden anhalten (Standard: keine Grenze).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="139"/>
        <source>Requests per second (default: as fast as possible).</source>
        <translation>Anfragen pro Sekunde (Standard: so schnell wie möglich).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="139"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="19"/>
        <source>CONN</source>
        <translation>VERBINDUNG</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="20"/>
        <source>Print JSON (the REST API&apos;s field names) instead of tables.</source>
        <translation>JSON (mit den Feldnamen der REST-API) statt Tabellen ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="21"/>
        <source>Run on a private demo database (started, filled and removed on exit).</source>
        <translation>Mit einer privaten Demo-Datenbank arbeiten (gestartet, befüllt und beim Beenden entfernt).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="92"/>
        <source>Usage: quotactl [--database CONN] [--json] COMMAND [ARGS] [OPTIONS]

Quota and AI-cache administration for PostgreSQL.

Commands:
</source>
        <translation>Aufruf: quotactl [--database VERBINDUNG] [--json] BEFEHL [ARGUMENTE] [OPTIONEN]

Kontingent- und KI-Cache-Verwaltung für PostgreSQL.

Befehle:
</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="95"/>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="96"/>
        <source>Each command has its own help: quotactl COMMAND --help.</source>
        <translation>Jeder Befehl hat eine eigene Hilfe: quotactl BEFEHL --help.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="97"/>
        <source>Exit codes: 0 done, 1 no (audit verify: not intact; action: never applied; verify-counters: drift), 2 error, 3 refused by the quota check, 4 not permitted, 5 busy (another clean-up or warm-up runs), 6 unknown (the connection broke during an admin action: check the action id).</source>
        <translation>Exit-Codes: 0 erledigt, 1 nein (audit verify: nicht intakt; action: nie ausgeführt; verify-counters: Abweichung), 2 Fehler, 3 von der Kontingentprüfung abgelehnt, 4 nicht erlaubt, 5 belegt (eine andere Bereinigung oder Vorbereitung läuft), 6 unbekannt (die Verbindung brach während einer Admin-Aktion ab: prüfen Sie die Aktions-ID).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="118"/>
        <source>unknown command &quot;%1&quot;; see quotactl --help</source>
        <translation>unbekannter Befehl „%1“; siehe quotactl --help</translation>
    </message>
    <message>
        <location filename="../app/quotactl/DemoCommands.cpp" line="26"/>
        <source>Demo data loaded in %1 s: users %2, usage rows %3, cache rows %4 (expired %5). Staff account: %6.</source>
        <translation>Demo-Daten in %1 s geladen: Nutzer %2, Nutzungszeilen %3, Cache-Zeilen %4 (abgelaufen %5). Mitarbeiterkonto: %6.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/DemoCommands.cpp" line="97"/>
        <source>Requests %1 in %2 s: cache hits %3, misses %4, refused by quota %5, provider errors %6.</source>
        <translation>Anfragen %1 in %2 s: Cache-Treffer %3, Fehltreffer %4, vom Kontingent abgelehnt %5, Anbieterfehler %6.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/DemoCommands.cpp" line="107"/>
        <source>Starting a private PostgreSQL with demo data...</source>
        <translation>Privates PostgreSQL mit Demo-Daten wird gestartet...</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Invocation.cpp" line="98"/>
        <source>%1 needs exactly one USER (id or email).</source>
        <translation>%1 braucht genau einen NUTZER (ID oder E-Mail).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Invocation.cpp" line="123"/>
        <source>Action id: %1 (quotactl action %1 shows it; --action-id %1 repeats nothing).</source>
        <translation>Aktions-ID: %1 (quotactl action %1 zeigt sie; --action-id %1 wiederholt nichts).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Invocation.cpp" line="133"/>
        <source>--action-id must be a UUID such as 1b4e28ba-2fa1-11d2-883f-0016d3cca427, not &quot;%1&quot;.</source>
        <translation>--action-id muss eine UUID wie 1b4e28ba-2fa1-11d2-883f-0016d3cca427 sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Invocation.cpp" line="142"/>
        <source>--%1 must be a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation>--%1 muss eine ganze Zahl ab 0 sein, nicht „%2“.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Invocation.cpp" line="154"/>
        <source>--%1 must be an ISO 8601 time, e.g. 2026-11-24T13:00:00Z.</source>
        <translation>--%1 muss eine ISO 8601-Zeit sein, z. B. 2026-11-24T13:00:00Z.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Invocation.cpp" line="165"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../app/quotactl/SchemaCommands.cpp" line="37"/>
        <source>Counting existing usage rows into the usage counters: up to id %1 of %2 (%3 %).</source>
        <translation>Vorhandene Nutzungszeilen werden in die Nutzungszähler übernommen: bis ID %1 von %2 (%3 %).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/SchemaCommands.cpp" line="38"/>
        <source>Rolling up the costs of existing usage rows: up to id %1 of %2 (%3 %).</source>
        <translation>Kosten vorhandener Nutzungszeilen werden zusammengefasst: bis ID %1 von %2 (%3 %).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/SchemaCommands.cpp" line="55"/>
        <source>Schema is at version %1; nothing to do.</source>
        <translation>Schema ist auf Version %1; nichts zu tun.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/SchemaCommands.cpp" line="57"/>
        <source>Schema updated from version %1 to %2: %3</source>
        <translation>Schema von Version %1 auf %2 aktualisiert: %3</translation>
    </message>
    <message>
        <location filename="../app/quotactl/SchemaCommands.cpp" line="61"/>
        <source>The usage counters hold rows up to id %1 of %2: status reads the raw rows until quotactl migrate completes them.</source>
        <translation>Die Nutzungszähler enthalten Zeilen bis ID %1 von %2: Der Status liest die Rohzeilen, bis quotactl migrate sie vervollständigt.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/SchemaCommands.cpp" line="65"/>
        <source>The cost rollups hold rows up to id %1 of %2: the Costs page reads the raw rows until quotactl migrate completes them.</source>
        <translation>Die Kostensummen enthalten Zeilen bis ID %1 von %2: Die Seite „Kosten“ liest die einzelnen Zeilen, bis quotactl migrate sie vervollständigt.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/SchemaCommands.cpp" line="75"/>
        <source>verify-counters takes no arguments.</source>
        <translation>verify-counters nimmt keine Argumente.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/SchemaCommands.cpp" line="85"/>
        <source>Usage counters match the raw usage rows: %Ln counters checked.</source>
        <translation>
            <numerusform>Die Nutzungszähler stimmen mit den Rohzeilen überein: %Ln Zähler geprüft.</numerusform>
            <numerusform>Die Nutzungszähler stimmen mit den Rohzeilen überein: %Ln Zähler geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/SchemaCommands.cpp" line="88"/>
        <source>Usage counters DRIFTED: %Ln counters differ from the raw usage rows.</source>
        <translation>
            <numerusform>Nutzungszähler ABWEICHEND: %Ln Zähler weicht von den Rohzeilen ab.</numerusform>
            <numerusform>Nutzungszähler ABWEICHEND: %Ln Zähler weichen von den Rohzeilen ab.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/quotactl/SchemaCommands.cpp" line="92"/>
        <location filename="../app/quotactl/SchemaCommands.cpp" line="105"/>
        <source>%1 tokens, %2 calls, %3 bad rows</source>
        <translation>%1 Tokens, %2 Aufrufe, %3 fehlerhafte Zeilen</translation>
    </message>
    <message>
        <location filename="../app/quotactl/SchemaCommands.cpp" line="99"/>
        <source>User %1, day %2: no counter, but the raw rows say %3.</source>
        <translation>Benutzer %1, Tag %2: kein Zähler, aber die Rohzeilen sagen %3.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/SchemaCommands.cpp" line="100"/>
        <source>User %1, month %2: no counter, but the raw rows say %3.</source>
        <translation>Benutzer %1, Monat %2: kein Zähler, aber die Rohzeilen sagen %3.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/SchemaCommands.cpp" line="108"/>
        <source>User %1, day %2: the counter says %3; the raw rows say %4.</source>
        <translation>Benutzer %1, Tag %2: Der Zähler sagt %3; die Rohzeilen sagen %4.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/SchemaCommands.cpp" line="109"/>
        <source>User %1, month %2: the counter says %3; the raw rows say %4.</source>
        <translation>Benutzer %1, Monat %2: Der Zähler sagt %3; die Rohzeilen sagen %4.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/SchemaCommands.cpp" line="115"/>
        <source>The backfill is not complete: only rows it has counted (up to id %1 of %2) and newer ones were compared.</source>
        <translation>Das Nachzählen ist nicht abgeschlossen: Verglichen wurden nur bereits gezählte Zeilen (bis ID %1 von %2) und neuere.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="36"/>
        <source>--level must be one of ok, warning, critical, exceeded.</source>
        <translation>--level muss ok, warning, critical oder exceeded sein.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="39"/>
        <source>--sort must be daily, monthly or hourly.</source>
        <translation>--sort muss daily, monthly oder hourly sein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/QuotaCommands.cpp" line="94"/>
        <source>%Ln users. Daily level: %1 ok, %2 warning, %3 critical, %4 exceeded.</source>
        <translation>
            <numerusform>%Ln Nutzer. Tagesstufe: %1 OK, %2 Warnung, %3 kritisch, %4 überschritten.</numerusform>
            <numerusform>%Ln Nutzer. Tagesstufe: %1 OK, %2 Warnung, %3 kritisch, %4 überschritten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="98"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="99"/>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="93"/>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="100"/>
        <source>PLAN</source>
        <translation>TARIF</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="101"/>
        <source>TODAY</source>
        <translation>HEUTE</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="102"/>
        <source>DAY LIMIT</source>
        <translation>TAGESLIMIT</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="103"/>
        <source>DAY %</source>
        <translation>TAG %</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="104"/>
        <source>DAY LEVEL</source>
        <translation>TAGESSTUFE</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="105"/>
        <source>MONTH</source>
        <translation>MONAT</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="106"/>
        <source>MONTH LIMIT</source>
        <translation>MONATSLIMIT</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="107"/>
        <source>MONTH %</source>
        <translation>MONAT %</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="108"/>
        <source>CALLS/H</source>
        <translation>AUFRUFE/H</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="109"/>
        <source>CALL LIMIT</source>
        <translation>AUFRUFLIMIT</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="113"/>
        <source>%1 (no limits: freemium)</source>
        <translation>%1 (keine Limits: freemium)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/QuotaCommands.cpp" line="125"/>
        <source>(%1 of %Ln users shown)</source>
        <translation>
            <numerusform>(%1 von %Ln Nutzer angezeigt)</numerusform>
            <numerusform>(%1 von %Ln Nutzern angezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="151"/>
        <source>Plan     %1</source>
        <translation>Tarif    %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="151"/>
        <source>Plan     %1  (no limits row: freemium limits apply)</source>
        <translation>Tarif    %1  (keine Limit-Zeile: Limits von freemium gelten)</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="167"/>
        <source>At this rate (daily: the last 60 minutes, monthly: the last 7 days): daily quota %1; monthly quota %2.</source>
        <translation>Bei diesem Tempo (täglich: die letzten 60 Minuten, monatlich: die letzten 7 Tage): Tageskontingent %1; Monatskontingent %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/QuotaCommands.cpp" line="172"/>
        <source>Note: %Ln usage rows this month have negative token counts; they count as 0.</source>
        <translation>
            <numerusform>Hinweis: %Ln Nutzungszeile dieses Monats hat eine negative Tokenzahl; sie zählt als 0.</numerusform>
            <numerusform>Hinweis: %Ln Nutzungszeilen dieses Monats haben negative Tokenzahlen; sie zählen als 0.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="188"/>
        <source>Plan            %1</source>
        <translation>Tarif             %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="188"/>
        <source>Plan            %1  (no limits row: freemium limits apply)</source>
        <translation>Tarif             %1  (keine Limit-Zeile: Limits von freemium gelten)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/QuotaCommands.cpp" line="217"/>
        <source>allowed: %1 for %2 needs about %Ln tokens.</source>
        <translation>
            <numerusform>erlaubt: %1 für %2 braucht etwa %Ln Token.</numerusform>
            <numerusform>erlaubt: %1 für %2 braucht etwa %Ln Tokens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="265"/>
        <source>Users: %1</source>
        <translation>Nutzer: %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="266"/>
        <location filename="../app/quotactl/AlertCommands.cpp" line="96"/>
        <source>Recorded in the audit log as %1.</source>
        <translation>Im Prüfprotokoll als %1 erfasst.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="150"/>
        <source>User     %1  %2 (%3)</source>
        <translation>Nutzer   %1  %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="153"/>
        <source>USED</source>
        <translation>VERBRAUCHT</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="154"/>
        <source>LIMIT</source>
        <translation>LIMIT</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="155"/>
        <source>REMAINING</source>
        <translation>ÜBRIG</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="156"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="158"/>
        <source>RESETS AT</source>
        <translation>ZURÜCKSETZUNG</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="163"/>
        <source>daily tokens</source>
        <translation>Tokens pro Tag</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="164"/>
        <source>monthly tokens</source>
        <translation>Tokens pro Monat</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="165"/>
        <source>calls, last hour</source>
        <translation>Aufrufe, letzte Stunde</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="165"/>
        <source>rolling</source>
        <translation>gleitend</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="189"/>
        <source>Daily tokens    %1</source>
        <translation>Tokens pro Tag    %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="190"/>
        <source>Monthly tokens  %1</source>
        <translation>Tokens pro Monat  %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="191"/>
        <source>Calls per hour  %1</source>
        <translation>Aufrufe pro Std.  %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="202"/>
        <source>check needs --task (extraction, cv_draft, cover_letter, validation, ...).</source>
        <translation>check braucht --task (extraction, cv_draft, cover_letter, validation, ...).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="208"/>
        <source>--tokens must be a positive whole number, not &quot;%1&quot;.</source>
        <translation>--tokens muss eine positive ganze Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="219"/>
        <source>refused (%1): %2</source>
        <translation>abgelehnt (%1): %2</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="226"/>
        <source>reset needs at least one USER (id or email).</source>
        <translation>reset braucht mindestens einen NUTZER (ID oder E-Mail).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="229"/>
        <source>reset needs --period daily, monthly or hourly.</source>
        <translation>reset braucht --period daily, monthly oder hourly.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="232"/>
        <source>reset needs --reason: it goes to the audit log.</source>
        <translation>reset braucht --reason: Der Grund kommt ins Prüfprotokoll.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="244"/>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="252"/>
        <source>%1 Nothing was reset.</source>
        <translation>%1 Nichts wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CacheCommands.cpp" line="29"/>
        <source>Entries        %1 (%2 expired)</source>
        <translation>Einträge       %1 (%2 abgelaufen)</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CacheCommands.cpp" line="30"/>
        <source>Hits           %1</source>
        <translation>Treffer        %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CacheCommands.cpp" line="31"/>
        <source>Cost saved     $%1</source>
        <translation>Ersparnis      $%1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CacheCommands.cpp" line="32"/>
        <source>Storage        %1 MB</source>
        <translation>Speicher       %1 MB</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CacheCommands.cpp" line="33"/>
        <source>Average TTL    %1 min</source>
        <translation>Mittlere TTL   %1 Min.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CacheCommands.cpp" line="34"/>
        <source>Average TTL    none expire</source>
        <translation>Mittlere TTL   keine laufen ab</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CacheCommands.cpp" line="37"/>
        <source>Hit rate       %1% (recorded hits: %2, misses: %3)</source>
        <translation>Trefferquote   %1 % (erfasste Treffer: %2, Fehltreffer: %3)</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CacheCommands.cpp" line="41"/>
        <source>Hit rate       unknown: no lookups recorded (entry reuse: %1 hits per entry)</source>
        <translation>Trefferquote   unbekannt: keine Abfragen erfasst (Wiederverwendung: %1 Treffer pro Eintrag)</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CacheCommands.cpp" line="46"/>
        <source>ENTRIES</source>
        <translation>EINTRÄGE</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CacheCommands.cpp" line="47"/>
        <source>EXPIRED</source>
        <translation>ABGELAUFEN</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CacheCommands.cpp" line="48"/>
        <source>HITS</source>
        <translation>TREFFER</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CacheCommands.cpp" line="49"/>
        <source>STORAGE MB</source>
        <translation>SPEICHER MB</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CacheCommands.cpp" line="50"/>
        <source>SAVED USD</source>
        <translation>ERSPART USD</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CacheCommands.cpp" line="69"/>
        <source>--batch must be between 1 and %1.</source>
        <translation>--batch muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/CacheCommands.cpp" line="79"/>
        <source>%Ln expired cache rows would be deleted.</source>
        <translation>
            <numerusform>%Ln abgelaufene Cache-Zeile würde gelöscht.</numerusform>
            <numerusform>%Ln abgelaufene Cache-Zeilen würden gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/CacheCommands.cpp" line="89"/>
        <source>%Ln expired cache rows to delete.</source>
        <translation>
            <numerusform>%Ln abgelaufene Cache-Zeile zu löschen.</numerusform>
            <numerusform>%Ln abgelaufene Cache-Zeilen zu löschen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/CacheCommands.cpp" line="97"/>
        <source>Interrupted after %Ln expired rows were deleted (batches: %1); the audit log has the exact count.</source>
        <translation>
            <numerusform>Unterbrochen, nachdem %Ln abgelaufene Zeile gelöscht wurde (Stapel: %1); das Prüfprotokoll enthält die genaue Anzahl.</numerusform>
            <numerusform>Unterbrochen, nachdem %Ln abgelaufene Zeilen gelöscht wurden (Stapel: %1); das Prüfprotokoll enthält die genaue Anzahl.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/CacheCommands.cpp" line="101"/>
        <source>%Ln expired rows deleted (batches: %1).</source>
        <translation>
            <numerusform>%Ln abgelaufene Zeile gelöscht (Stapel: %1).</numerusform>
            <numerusform>%Ln abgelaufene Zeilen gelöscht (Stapel: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/CacheCommands.cpp" line="125"/>
        <source>%Ln cache rows of %1 deleted (system rows kept).</source>
        <translation>
            <numerusform>%Ln Cache-Zeile von %1 gelöscht (System-Zeilen bleiben erhalten).</numerusform>
            <numerusform>%Ln Cache-Zeilen von %1 gelöscht (System-Zeilen bleiben erhalten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/CacheCommands.cpp" line="156"/>
        <source>%Ln cache entries deleted.</source>
        <translation>
            <numerusform>%Ln Cache-Eintrag gelöscht.</numerusform>
            <numerusform>%Ln Cache-Einträge gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/quotactl/CacheCommands.cpp" line="134"/>
        <source>delete-cache needs exactly one KEY.</source>
        <translation>delete-cache braucht genau einen SCHLÜSSEL.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CacheCommands.cpp" line="179"/>
        <source>System prompts: %1 inserted, %2 updated, %3 unchanged.</source>
        <translation>System-Prompts: %1 eingefügt, %2 aktualisiert, %3 unverändert.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/DemoCommands.cpp" line="71"/>
        <source>simulate needs --requests or --duration, or it would never stop.</source>
        <translation>simulate braucht --requests oder --duration, sonst würde es nie anhalten.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/GrantCommands.cpp" line="18"/>
        <source>%1 needs exactly one LOGIN (a database role that can log in).</source>
        <translation>%1 braucht genau einen LOGIN (eine Datenbankrolle, die sich anmelden kann).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/GrantCommands.cpp" line="48"/>
        <source>%1 now holds %2 and acts as %3.</source>
        <translation>%1 hat jetzt %2 und handelt als %3.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/GrantCommands.cpp" line="50"/>
        <source>%1 now holds %2.</source>
        <translation>%1 hat jetzt %2.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/GrantCommands.cpp" line="65"/>
        <source>%1 held no Quotadesk role; its staff account mapping, if any, is removed.</source>
        <translation>%1 hatte keine Quotadesk-Rolle; eine etwaige Zuordnung zu einem Mitarbeiterkonto wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/GrantCommands.cpp" line="67"/>
        <source>%1 no longer holds %2 and acts as no staff account.</source>
        <translation>%1 hat %2 nicht mehr und handelt als kein Mitarbeiterkonto mehr.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/GrantCommands.cpp" line="86"/>
        <source>No login holds a Quotadesk role yet: see quotactl grant --help.</source>
        <translation>Noch kein Login hat eine Quotadesk-Rolle: siehe quotactl grant --help.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/GrantCommands.cpp" line="89"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../app/quotactl/GrantCommands.cpp" line="89"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../app/quotactl/GrantCommands.cpp" line="89"/>
        <location filename="../app/quotactl/TokenCommands.cpp" line="84"/>
        <source>Staff account</source>
        <translation>Mitarbeiterkonto</translation>
    </message>
    <message>
        <location filename="../app/quotactl/GrantCommands.cpp" line="91"/>
        <location filename="../app/quotactl/TokenCommands.cpp" line="87"/>
        <location filename="../app/quotactl/AuditCommands.cpp" line="75"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AuditCommands.cpp" line="16"/>
        <source>audit needs one subcommand: quotactl audit verify.</source>
        <translation>audit braucht einen Unterbefehl: quotactl audit verify.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/AuditCommands.cpp" line="23"/>
        <source>Audit trail intact: %Ln audit rows, each as it was written.</source>
        <translation>
            <numerusform>Audit-Protokoll intakt: %Ln Audit-Zeile, so wie sie geschrieben wurde.</numerusform>
            <numerusform>Audit-Protokoll intakt: %Ln Audit-Zeilen, jede so wie sie geschrieben wurde.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/quotactl/AuditCommands.cpp" line="25"/>
        <source>Head of the chain: %1 (keep it elsewhere: a later verify must end in it or a descendant).</source>
        <translation>Ende der Kette: %1 (anderswo aufbewahren: eine spätere Prüfung muss in ihm oder einem Nachfolger enden).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/AuditCommands.cpp" line="30"/>
        <source>Audit trail NOT intact: %Ln problems.</source>
        <translation>
            <numerusform>Audit-Protokoll NICHT intakt: %Ln Problem.</numerusform>
            <numerusform>Audit-Protokoll NICHT intakt: %Ln Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/quotactl/AuditCommands.cpp" line="31"/>
        <source>First: %1</source>
        <translation>Erstes: %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AuditCommands.cpp" line="41"/>
        <source>action needs exactly one UUID.</source>
        <translation>action braucht genau eine UUID.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AuditCommands.cpp" line="44"/>
        <source>&quot;%1&quot; is not an action id (a UUID).</source>
        <translation>„%1“ ist keine Aktions-ID (UUID).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AuditCommands.cpp" line="52"/>
        <source>Action %1 was never applied: this database has no record of it.</source>
        <translation>Aktion %1 wurde nie ausgeführt: diese Datenbank kennt sie nicht.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AuditCommands.cpp" line="65"/>
        <source>Action      %1</source>
        <translation>Aktion      %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AuditCommands.cpp" line="66"/>
        <source>Kind        %1</source>
        <translation>Art         %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AuditCommands.cpp" line="67"/>
        <source>Staff       %1 (login %2, client %3)</source>
        <translation>Mitarbeiter %1 (Login %2, Client %3)</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AuditCommands.cpp" line="68"/>
        <source>deleted account #%1</source>
        <translation>gelöschtes Konto #%1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AuditCommands.cpp" line="69"/>
        <source>unnamed</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AuditCommands.cpp" line="71"/>
        <source>Applied     %1</source>
        <translation>Ausgeführt  %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AuditCommands.cpp" line="72"/>
        <source>Steps       %1</source>
        <translation>Schritte    %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AuditCommands.cpp" line="73"/>
        <source>Request     %1</source>
        <translation>Anfrage     %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AuditCommands.cpp" line="74"/>
        <source>Outcome     %1</source>
        <translation>Ergebnis    %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AuditCommands.cpp" line="75"/>
        <source>Audit rows  %1</source>
        <translation>Audit-Zeilen %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/TokenCommands.cpp" line="19"/>
        <source>token needs a subcommand: quotactl token create --name NAME --role ROLE, or quotactl token revoke NAME.</source>
        <translation>token braucht einen Unterbefehl: quotactl token create --name NAME --role ROLE oder quotactl token revoke NAME.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/TokenCommands.cpp" line="25"/>
        <source>token create needs --name NAME and --role ROLE (service, viewer or admin).</source>
        <translation>token create braucht --name NAME und --role ROLE (service, viewer oder admin).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/TokenCommands.cpp" line="29"/>
        <source>Unknown token role &quot;%1&quot;: use %2.</source>
        <translation>Unbekannte Token-Rolle „%1“: verwenden Sie %2.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/TokenCommands.cpp" line="48"/>
        <source>Token &quot;%1&quot; (%2) created. It is shown only now: store it safely.</source>
        <translation>Token „%1“ (%2) erstellt. Es wird nur jetzt angezeigt: bewahren Sie es sicher auf.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/TokenCommands.cpp" line="64"/>
        <source>Token &quot;%1&quot; revoked: it no longer authenticates anyone.</source>
        <translation>Token „%1“ widerrufen: es weist niemanden mehr aus.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/TokenCommands.cpp" line="81"/>
        <source>No API tokens yet: see quotactl token --help.</source>
        <translation>Noch keine API-Tokens: siehe quotactl token --help.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/TokenCommands.cpp" line="84"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/quotactl/TokenCommands.cpp" line="84"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../app/quotactl/TokenCommands.cpp" line="84"/>
        <source>Created (UTC)</source>
        <translation>Erstellt (UTC)</translation>
    </message>
    <message>
        <location filename="../app/quotactl/TokenCommands.cpp" line="84"/>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location filename="../app/quotactl/TokenCommands.cpp" line="85"/>
        <source>Last used (UTC)</source>
        <translation>Zuletzt verwendet (UTC)</translation>
    </message>
    <message>
        <location filename="../app/quotactl/TokenCommands.cpp" line="85"/>
        <source>Revoked (UTC)</source>
        <translation>Widerrufen (UTC)</translation>
    </message>
    <message>
        <location filename="../app/quotactl/TokenCommands.cpp" line="89"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../app/quotactl/TokenCommands.cpp" line="90"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CostCommands.cpp" line="14"/>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CostCommands.cpp" line="16"/>
        <source>Provider/model</source>
        <translation>Anbieter/Modell</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CostCommands.cpp" line="18"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CostCommands.cpp" line="20"/>
        <source>Plan (now)</source>
        <translation>Tarif (jetzt)</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CostCommands.cpp" line="21"/>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CostCommands.cpp" line="29"/>
        <source>costs takes no arguments: use --days N and --by day, model, task, plan or user.</source>
        <translation>costs nimmt keine Argumente: verwenden Sie --days N und --by day, model, task, plan oder user.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CostCommands.cpp" line="35"/>
        <source>--by must be one of %1.</source>
        <translation>--by muss eines von %1 sein.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CostCommands.cpp" line="44"/>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CostCommands.cpp" line="45"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CostCommands.cpp" line="46"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CostCommands.cpp" line="47"/>
        <source>Failed calls&apos; cost</source>
        <translation>Kosten fehlgeschlagener Aufrufe</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CostCommands.cpp" line="56"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CostCommands.cpp" line="58"/>
        <source>AI spend %1 to %2 (UTC days), by %3:</source>
        <translation>KI-Ausgaben %1 bis %2 (UTC-Tage), nach %3:</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AlertCommands.cpp" line="21"/>
        <source>all calls</source>
        <translation>alle Aufrufe</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AlertCommands.cpp" line="21"/>
        <source>plan %1</source>
        <translation>Tarif %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AlertCommands.cpp" line="34"/>
        <source>A budget is an amount of US dollars over 0, like 15000 or 15,000.00, not &quot;%1&quot;.</source>
        <translation>Ein Budget ist ein Betrag in US-Dollar über 0, etwa 15000 oder 15,000.00, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AlertCommands.cpp" line="39"/>
        <source>budget takes: nothing (list), set USD [--plan PLAN], or remove [--plan PLAN].</source>
        <translation>budget nimmt: nichts (Liste), set USD [--plan TARIF] oder remove [--plan TARIF].</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AlertCommands.cpp" line="55"/>
        <source>No monthly budget set: quotactl budget set USD [--plan PLAN].</source>
        <translation>Kein Monatsbudget gesetzt: quotactl budget set USD [--plan TARIF].</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AlertCommands.cpp" line="58"/>
        <source>Budget for</source>
        <translation>Budget für</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AlertCommands.cpp" line="59"/>
        <source>Monthly budget</source>
        <translation>Monatsbudget</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AlertCommands.cpp" line="60"/>
        <source>Spent this month</source>
        <translation>Ausgegeben diesen Monat</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AlertCommands.cpp" line="61"/>
        <source>Projected</source>
        <translation>Hochgerechnet</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AlertCommands.cpp" line="62"/>
        <source>Of the budget</source>
        <translation>Vom Budget</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AlertCommands.cpp" line="66"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AlertCommands.cpp" line="93"/>
        <source>Monthly budget for %1 set to %2.</source>
        <translation>Monatsbudget für %1 auf %2 gesetzt.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AlertCommands.cpp" line="94"/>
        <source>Monthly budget for %1 removed.</source>
        <translation>Monatsbudget für %1 entfernt.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AlertCommands.cpp" line="104"/>
        <source>alerts takes no arguments: quotactl alerts [--json] [--webhook URL].</source>
        <translation>alerts nimmt keine Argumente: quotactl alerts [--json] [--webhook URL].</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AlertCommands.cpp" line="117"/>
        <source>No active alerts.</source>
        <translation>Keine aktiven Warnungen.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AlertCommands.cpp" line="120"/>
        <source>CRITICAL</source>
        <translation>KRITISCH</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AlertCommands.cpp" line="120"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/AlertCommands.cpp" line="146"/>
        <source>%1 (%n alert(s) sent before it.)</source>
        <translation>
            <numerusform>%1 (%n Warnung davor gesendet.)</numerusform>
            <numerusform>%1 (%n Warnungen davor gesendet.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/AlertCommands.cpp" line="157"/>
        <source>%n new alert(s) sent, of %1 active.</source>
        <translation>
            <numerusform>%n neue Warnung gesendet, von %1 aktiven.</numerusform>
            <numerusform>%n neue Warnungen gesendet, von %1 aktiven.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotasPage</name>
    <message>
        <location filename="../ui/pages/QuotasPage.h" line="50"/>
        <location filename="../ui/pages/QuotasPage.cpp" line="50"/>
        <source>Quotas</source>
        <translation>Kontingente</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="90"/>
        <source>Filter by email, name or user id</source>
        <translation>Nach E-Mail, Name oder Nutzer-ID filtern</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="95"/>
        <location filename="../ui/pages/QuotasPage.cpp" line="400"/>
        <source>All plans</source>
        <translation>Alle Tarife</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="99"/>
        <source>The highest level of the user&apos;s daily, monthly and hourly quotas</source>
        <translation>Die höchste Stufe der täglichen, monatlichen und stündlichen Kontingente des Nutzers</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="100"/>
        <location filename="../ui/pages/QuotasPage.cpp" line="384"/>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="108"/>
        <location filename="../ui/pages/QuotasPage.cpp" line="425"/>
        <source>Reset quota…</source>
        <translation>Kontingent zurücksetzen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="110"/>
        <source>Reset the daily, monthly or hourly quota of the selected users (audited)</source>
        <translation>Das tägliche, monatliche oder stündliche Kontingent der ausgewählten Nutzer zurücksetzen (protokolliert)</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="111"/>
        <source>Reset all matching…</source>
        <translation>Alle Treffer zurücksetzen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="113"/>
        <source>Reset the quota of every user the filter matches, loaded or not (audited); needs a filter</source>
        <translation>Das Kontingent aller Nutzer zurücksetzen, die der Filter trifft, geladen oder nicht (protokolliert); braucht einen Filter</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="114"/>
        <source>Plan limits…</source>
        <translation>Tarif-Limits…</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="116"/>
        <source>Edit a plan&apos;s daily, monthly and hourly limits, with a preview of who changes level (audited)</source>
        <translation>Die Tages-, Monats- und Stundenlimits eines Tarifs bearbeiten, mit Vorschau, wer die Stufe wechselt (protokolliert)</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="117"/>
        <source>&amp;Plan:</source>
        <translation>&amp;Tarif:</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="120"/>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="182"/>
        <source>The users could not be loaded: %1</source>
        <translation>Die Benutzer konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="303"/>
        <source>as of %1 local time (%2 UTC)</source>
        <translation>Stand %1 Ortszeit (%2 UTC)</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="387"/>
        <source>%1 (%2)</source>
        <comment>level filter: a level and how many users are at it</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="404"/>
        <source>Plans without limits</source>
        <translation>Tarife ohne Limits</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/QuotasPage.cpp" line="418"/>
        <source>%1 of %Ln users</source>
        <translation>
            <numerusform>%1 von %Ln Nutzer</numerusform>
            <numerusform>%1 von %Ln Nutzern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/QuotasPage.cpp" line="425"/>
        <source>Reset quota of %Ln users…</source>
        <translation>
            <numerusform>Kontingent von %Ln Nutzer zurücksetzen…</numerusform>
            <numerusform>Kontingent von %Ln Nutzern zurücksetzen…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="611"/>
        <source>The matching users could not be read: %1 Nothing was reset.</source>
        <translation>Die passenden Nutzer konnten nicht gelesen werden: %1 Nichts wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="615"/>
        <source>No user matches the filter. Nothing was reset.</source>
        <translation>Kein Nutzer passt zum Filter. Nichts wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="634"/>
        <location filename="../ui/pages/QuotasPage.cpp" line="649"/>
        <source>Plan limits</source>
        <translation>Tarif-Limits</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="634"/>
        <source>The plans could not be read: %1</source>
        <translation>Die Tarife konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="652"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="654"/>
        <source>Set the limits of plan %1 to %2 tokens a day, %3 a month and %4 calls an hour, cache tier %5? It applies to all its users at once; recorded in the audit log as %6.</source>
        <translation>Die Limits von Tarif %1 auf %2 Tokens am Tag, %3 im Monat und %4 Aufrufe pro Stunde setzen, Cache-Stufe %5? Das gilt für alle seine Nutzer zugleich; im Prüfprotokoll vermerkt als %6.</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="657"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="664"/>
        <source>The limits were not saved: %1</source>
        <translation>Die Limits wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="665"/>
        <source>The limits of plan %1 were saved.</source>
        <translation>Die Limits von Tarif %1 wurden gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="705"/>
        <source>Reset the daily quota of %1? Usage rows are kept; the reset is recorded in the audit log as %2.</source>
        <translation>Das Tageskontingent von %1 zurücksetzen? Nutzungszeilen bleiben erhalten; das Zurücksetzen wird im Prüfprotokoll als %2 erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="707"/>
        <source>Reset the monthly quota of %1? Usage rows are kept; the reset is recorded in the audit log as %2.</source>
        <translation>Das Monatskontingent von %1 zurücksetzen? Nutzungszeilen bleiben erhalten; das Zurücksetzen wird im Prüfprotokoll als %2 erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="709"/>
        <source>Reset the hourly quota of %1? Usage rows are kept; the reset is recorded in the audit log as %2.</source>
        <translation>Das Stundenkontingent von %1 zurücksetzen? Nutzungszeilen bleiben erhalten; das Zurücksetzen wird im Prüfprotokoll als %2 erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="710"/>
        <source>Reset the quota “%1” of %2? Usage rows are kept; the reset is recorded in the audit log as %3.</source>
        <translation>Das Kontingent „%1“ von %2 zurücksetzen? Nutzungszeilen bleiben erhalten; das Zurücksetzen wird im Prüfprotokoll als %3 erfasst.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/QuotasPage.cpp" line="715"/>
        <source>Reset the daily quota of %Ln users: %1? Usage rows are kept; the reset is recorded in the audit log as %2.</source>
        <translation>
            <numerusform>Das Tageskontingent von %Ln Nutzer zurücksetzen: %1? Nutzungszeilen bleiben erhalten; das Zurücksetzen wird im Prüfprotokoll als %2 erfasst.</numerusform>
            <numerusform>Das Tageskontingent von %Ln Nutzern zurücksetzen: %1? Nutzungszeilen bleiben erhalten; das Zurücksetzen wird im Prüfprotokoll als %2 erfasst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/QuotasPage.cpp" line="718"/>
        <source>Reset the monthly quota of %Ln users: %1? Usage rows are kept; the reset is recorded in the audit log as %2.</source>
        <translation>
            <numerusform>Das Monatskontingent von %Ln Nutzer zurücksetzen: %1? Nutzungszeilen bleiben erhalten; das Zurücksetzen wird im Prüfprotokoll als %2 erfasst.</numerusform>
            <numerusform>Das Monatskontingent von %Ln Nutzern zurücksetzen: %1? Nutzungszeilen bleiben erhalten; das Zurücksetzen wird im Prüfprotokoll als %2 erfasst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/QuotasPage.cpp" line="721"/>
        <source>Reset the hourly quota of %Ln users: %1? Usage rows are kept; the reset is recorded in the audit log as %2.</source>
        <translation>
            <numerusform>Das Stundenkontingent von %Ln Nutzer zurücksetzen: %1? Nutzungszeilen bleiben erhalten; das Zurücksetzen wird im Prüfprotokoll als %2 erfasst.</numerusform>
            <numerusform>Das Stundenkontingent von %Ln Nutzern zurücksetzen: %1? Nutzungszeilen bleiben erhalten; das Zurücksetzen wird im Prüfprotokoll als %2 erfasst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/QuotasPage.cpp" line="723"/>
        <source>Reset the quota “%1” of %Ln users: %2? Usage rows are kept; the reset is recorded in the audit log as %3.</source>
        <translation>
            <numerusform>Das Kontingent „%1“ von %Ln Nutzer zurücksetzen: %2? Nutzungszeilen bleiben erhalten; das Zurücksetzen wird im Prüfprotokoll als %3 erfasst.</numerusform>
            <numerusform>Das Kontingent „%1“ von %Ln Nutzern zurücksetzen: %2? Nutzungszeilen bleiben erhalten; das Zurücksetzen wird im Prüfprotokoll als %3 erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="556"/>
        <source>The history could not be loaded: %1</source>
        <translation>Der Verlauf konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="101"/>
        <location filename="../ui/pages/QuotasPage.cpp" line="385"/>
        <source>At risk: warning or above</source>
        <translation>Gefährdet: Warnung oder höher</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="611"/>
        <location filename="../ui/pages/QuotasPage.cpp" line="615"/>
        <location filename="../ui/pages/QuotasPage.cpp" line="677"/>
        <location filename="../ui/pages/QuotasPage.cpp" line="682"/>
        <source>Reset quota</source>
        <translation>Kontingent zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="677"/>
        <source>A quota reset needs a reason: say why it is reset. Nothing was reset.</source>
        <translation>Das Zurücksetzen eines Kontingents braucht einen Grund: Geben Sie an, warum es zurückgesetzt wird. Nichts wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="685"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="692"/>
        <source>Nothing was reset: %1</source>
        <translation>Nichts wurde zurückgesetzt: %1</translation>
    </message>
</context>
<context>
    <name>ResetQuotaDialog</name>
    <message>
        <location filename="../ui/dialogs/ResetQuotaDialog.cpp" line="17"/>
        <source>Reset quota of %1</source>
        <translation>Kontingent von %1 zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ResetQuotaDialog.cpp" line="21"/>
        <source>The usage of the chosen period counts again from now for: %1. Usage rows are kept, and the reset is recorded in the audit log.</source>
        <translation>Die Nutzung des gewählten Zeitraums zählt ab jetzt neu für: %1. Nutzungszeilen bleiben erhalten, und das Zurücksetzen wird im Prüfprotokoll erfasst.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ResetQuotaDialog.cpp" line="18"/>
        <source>Reset quota of %Ln users</source>
        <translation>
            <numerusform>Kontingent von %Ln Nutzer zurücksetzen</numerusform>
            <numerusform>Kontingent von %Ln Nutzern zurücksetzen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ResetQuotaDialog.cpp" line="34"/>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ResetQuotaDialog.cpp" line="37"/>
        <source>Required, e.g. &quot;Support ticket 4711: billing error&quot;</source>
        <translation>Erforderlich, z. B. „Support-Ticket 4711: Abrechnungsfehler“</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ResetQuotaDialog.cpp" line="39"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ResetQuotaDialog.cpp" line="43"/>
        <source>Continue…</source>
        <translation>Weiter…</translation>
    </message>
</context>
<context>
    <name>RestApi</name>
    <message>
        <location filename="../models/rest/RestApi.cpp" line="52"/>
        <source>Method %1 is not allowed here.</source>
        <translation>Die Methode %1 ist hier nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../models/rest/RestApi.cpp" line="53"/>
        <source>No such endpoint: %1</source>
        <translation>Diesen Endpunkt gibt es nicht: %1</translation>
    </message>
</context>
<context>
    <name>RestFailure</name>
    <message>
        <location filename="../models/rest/RestFailure.cpp" line="22"/>
        <source>The database cannot be reached; try again later.</source>
        <translation>Die Datenbank ist nicht erreichbar; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../models/rest/RestFailure.cpp" line="35"/>
        <source>Not authenticated.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <location filename="../models/rest/RestFailure.cpp" line="47"/>
        <source>The body is larger than %1 bytes.</source>
        <translation>Der Inhalt ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <location filename="../models/rest/RestFailure.cpp" line="52"/>
        <source>This action needs a staff account with admin rights.</source>
        <translation>Diese Aktion erfordert ein Mitarbeiterkonto mit Administratorrechten.</translation>
    </message>
</context>
<context>
    <name>RestInput</name>
    <message>
        <location filename="../models/rest/RestInput.cpp" line="18"/>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>kein gültiges JSON (%1 an Position %2)</translation>
    </message>
    <message>
        <location filename="../models/rest/RestInput.cpp" line="20"/>
        <location filename="../models/rest/RestInput.cpp" line="117"/>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../models/rest/RestInput.cpp" line="42"/>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <location filename="../models/rest/RestInput.cpp" line="47"/>
        <source>must be a non-empty string</source>
        <translation>muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../models/rest/RestInput.cpp" line="49"/>
        <source>must be at most %1 characters</source>
        <translation>darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <location filename="../models/rest/RestInput.cpp" line="61"/>
        <source>must be a positive integer</source>
        <translation>muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../models/rest/RestInput.cpp" line="71"/>
        <location filename="../models/rest/RestInput.cpp" line="82"/>
        <source>must be a user id</source>
        <translation>muss eine Benutzer-ID sein</translation>
    </message>
    <message>
        <location filename="../models/rest/RestInput.cpp" line="107"/>
        <source>must be a UUID</source>
        <translation>muss eine UUID sein</translation>
    </message>
</context>
<context>
    <name>RestWorkers</name>
    <message>
        <location filename="../models/rest/RestWorkers.cpp" line="73"/>
        <source>Internal error.</source>
        <translation>Interner Fehler.</translation>
    </message>
    <message>
        <location filename="../models/rest/RestWorkers.cpp" line="81"/>
        <source>The server is busy; try again later.</source>
        <translation>Der Server ist ausgelastet; versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>ServerDemo</name>
    <message>
        <location filename="../app/quotadesk-server/ServerDemo.cpp" line="69"/>
        <source>quotadesk-server demo on %1</source>
        <translation>quotadesk-server-Demo auf %1</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerDemo.cpp" line="71"/>
        <source>Staff JWT (%1, admin rights, valid 24 h):</source>
        <translation>JWT für Mitarbeitende (%1, Administratorrechte, 24 h gültig):</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerDemo.cpp" line="74"/>
        <source>User JWT (user %1, valid 24 h):</source>
        <translation>JWT für Benutzer (Benutzer %1, 24 h gültig):</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerDemo.cpp" line="81"/>
        <source>Service API token (any user&apos;s quota: ?user_id=N):</source>
        <translation>API-Token für Dienste (Kontingent jedes Benutzers: ?user_id=N):</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerDemo.cpp" line="83"/>
        <source>Admin API token (acts as %1):</source>
        <translation>API-Token für Administration (handelt als %1):</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerDemo.cpp" line="85"/>
        <source>Try: curl -H &quot;Authorization: Bearer TOKEN&quot; %1/api/v1/quota/status</source>
        <translation>Ausprobieren: curl -H &quot;Authorization: Bearer TOKEN&quot; %1/api/v1/quota/status</translation>
    </message>
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="40"/>
        <source>Serves Quotadesk&apos;s REST API (quotas and the AI cache) over HTTP.</source>
        <translation>Stellt die REST-API von Quotadesk (Kontingente und KI-Cache) über HTTP bereit.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="44"/>
        <source>PostgreSQL target (URI, key=value or service=NAME) of a login holding quotadesk_service and quotadesk_delegate. Also QUOTADESK_DATABASE.</source>
        <translation>PostgreSQL-Ziel (URI, key=value oder service=NAME) eines Logins mit quotadesk_service und quotadesk_delegate. Auch QUOTADESK_DATABASE.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="44"/>
        <source>conn</source>
        <translation>verbindung</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="45"/>
        <source>Address and port to listen on (default 127.0.0.1:8080). Also QUOTADESK_LISTEN.</source>
        <translation>Adresse und Port, auf denen gelauscht wird (Standard 127.0.0.1:8080). Auch QUOTADESK_LISTEN.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="45"/>
        <source>host:port</source>
        <translation>host:port</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="46"/>
        <source>File holding the app&apos;s SECRET_KEY, which signs its users&apos; JWTs (HS256). Also QUOTADESK_JWT_SECRET_FILE.</source>
        <translation>Datei mit dem SECRET_KEY der App, der die JWTs ihrer Benutzer signiert (HS256). Auch QUOTADESK_JWT_SECRET_FILE.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="46"/>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="47"/>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="48"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="47"/>
        <source>Database workers, each with its own database connection (default %1: one per core, at least 2). Also QUOTADESK_THREADS.</source>
        <translation>Datenbank-Worker, jeder mit eigener Datenbankverbindung (Standard %1: einer je Kern, mindestens 2). Auch QUOTADESK_THREADS.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="48"/>
        <source>HTTP connections served at once; more wait to be accepted (default %1). Also QUOTADESK_CONNECTIONS.</source>
        <translation>Gleichzeitig bediente HTTP-Verbindungen; weitere warten auf Annahme (Standard %1). Auch QUOTADESK_CONNECTIONS.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="49"/>
        <source>Serve a private demo database and print tokens to try it with.</source>
        <translation>Eine private Demo-Datenbank bereitstellen und Tokens zum Ausprobieren ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="57"/>
        <source>No database: give --database CONN or QUOTADESK_DATABASE (or --demo).</source>
        <translation>Keine Datenbank: geben Sie --database CONN oder QUOTADESK_DATABASE an (oder --demo).</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="64"/>
        <source>--listen takes HOST:PORT, e.g. 127.0.0.1:8080, not %1.</source>
        <translation>--listen erwartet HOST:PORT, z. B. 127.0.0.1:8080, nicht %1.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="71"/>
        <source>Cannot read the JWT secret file %1: %2</source>
        <translation>Die JWT-Geheimnisdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="74"/>
        <source>The JWT secret file %1 is empty.</source>
        <translation>Die JWT-Geheimnisdatei %1 ist leer.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="77"/>
        <source>--threads takes a number from 1 to 1024.</source>
        <translation>--threads erwartet eine Zahl von 1 bis 1024.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="79"/>
        <source>--connections takes a number from 1 to 1024.</source>
        <translation>--connections nimmt eine Zahl von 1 bis 1024.</translation>
    </message>
</context>
<context>
    <name>SpendersModel</name>
    <message>
        <location filename="../models/costs/SpendersModel.cpp" line="55"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../models/costs/SpendersModel.cpp" line="57"/>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <location filename="../models/costs/SpendersModel.cpp" line="59"/>
        <source>Plan (now)</source>
        <translation>Tarif (jetzt)</translation>
    </message>
    <message>
        <location filename="../models/costs/SpendersModel.cpp" line="61"/>
        <source>Tokens this month</source>
        <translation>Tokens diesen Monat</translation>
    </message>
    <message>
        <location filename="../models/costs/SpendersModel.cpp" line="63"/>
        <source>Cost this month</source>
        <translation>Kosten diesen Monat</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <location filename="../models/db/SqlError.cpp" line="31"/>
        <source>A warm-up of the system prompts</source>
        <translation>Eine Vorbereitung der System-Prompts</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="32"/>
        <source>A clean-up of expired cache rows</source>
        <translation>Eine Bereinigung abgelaufener Cache-Zeilen</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="39"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="41"/>
        <source>%1 is already running in another session: try again when it has finished.</source>
        <translation>%1 läuft bereits in einer anderen Sitzung: versuchen Sie es erneut, wenn sie beendet ist.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="42"/>
        <source>%1 is already running since %2 UTC, by %3: try again when it has finished.</source>
        <translation>%1 läuft bereits seit %2 UTC, gestartet von %3: versuchen Sie es erneut, wenn sie beendet ist.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="58"/>
        <source>The period to reset must be daily, monthly or hourly, not &quot;%1&quot;.</source>
        <translation>Der zurückzusetzende Zeitraum muss daily, monthly oder hourly sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="60"/>
        <source>A quota reset needs a reason: say why it is reset.</source>
        <translation>Ein Kontingent-Reset braucht einen Grund: sagen Sie, warum zurückgesetzt wird.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="62"/>
        <source>No user was selected to reset.</source>
        <translation>Es wurde kein Benutzer zum Zurücksetzen ausgewählt.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="64"/>
        <source>The list of users to reset contains an empty id.</source>
        <translation>Die Liste der zurückzusetzenden Benutzer enthält eine leere ID.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="66"/>
        <source>No user with id %1: nothing was reset.</source>
        <translation>Kein Benutzer mit ID %1: nichts wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="68"/>
        <source>Action id %1 was already used for another request: use a new action id.</source>
        <translation>Aktions-ID %1 wurde schon für eine andere Anfrage verwendet: verwenden Sie eine neue Aktions-ID.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="73"/>
        <source>A token needs a name of 1 to 100 characters.</source>
        <translation>Ein Token braucht einen Namen mit 1 bis 100 Zeichen.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="75"/>
        <source>A token&apos;s role must be service, viewer or admin, not &quot;%1&quot;.</source>
        <translation>Die Rolle eines Tokens muss service, viewer oder admin sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="77"/>
        <source>No active staff account with id %1 for the token to act as.</source>
        <translation>Kein aktives Mitarbeiterkonto mit der ID %1, als das das Token handeln könnte.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="79"/>
        <source>An admin token needs the staff account it acts as.</source>
        <translation>Ein admin-Token braucht das Mitarbeiterkonto, als das es handelt.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="81"/>
        <source>There is already an active token named &quot;%1&quot;: revoke it first or choose another name.</source>
        <translation>Es gibt schon ein aktives Token namens „%1“: widerrufen Sie es zuerst oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="83"/>
        <source>There is no active token named &quot;%1&quot;.</source>
        <translation>Es gibt kein aktives Token namens „%1“.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="181"/>
        <source>Lost the connection to the PostgreSQL server (%1): reconnect and try again.</source>
        <translation>Die Verbindung zum PostgreSQL-Server ist abgebrochen (%1): Verbinden Sie sich neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="183"/>
        <source>Permission denied (%1): ask a database administrator for the Quotadesk role this needs.</source>
        <translation>Zugriff verweigert (%1): Bitten Sie einen Datenbankadministrator um die dafür nötige Quotadesk-Rolle.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="185"/>
        <source>Conflict with data already there (%1): refresh and try again.</source>
        <translation>Konflikt mit bereits vorhandenen Daten (%1): Aktualisieren Sie die Ansicht und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="187"/>
        <source>The database stopped this because of concurrent work (%1): try again.</source>
        <translation>Die Datenbank hat den Vorgang wegen gleichzeitiger Zugriffe abgebrochen (%1): Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="189"/>
        <source>The database cancelled the query (%1).</source>
        <translation>Die Datenbank hat die Abfrage abgebrochen (%1).</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="192"/>
        <source>Refused: %1.</source>
        <translation>Abgelehnt: %1.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="199"/>
        <source>PostgreSQL error: %1</source>
        <translation>PostgreSQL-Fehler: %1</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="228"/>
        <source>Not connected to a database.</source>
        <translation>Nicht mit einer Datenbank verbunden.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../ui/dialogs/StaffDialog.cpp" line="15"/>
        <source>Who is at the keyboard?</source>
        <translation>Wer sitzt an der Tastatur?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/StaffDialog.cpp" line="17"/>
        <source>Admin actions are recorded in the audit log under a staff account. Choose yours; Quotadesk remembers it.</source>
        <translation>Verwaltungsaktionen werden im Prüfprotokoll unter einem Mitarbeiterkonto erfasst. Wählen Sie Ihres; Quotadesk merkt es sich.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/StaffDialog.cpp" line="26"/>
        <source>Loading staff accounts…</source>
        <translation>Mitarbeiterkonten werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/StaffDialog.cpp" line="40"/>
        <source>Admin actions are recorded in the audit log under the staff account of your login %1.</source>
        <translation>Admin-Aktionen werden im Audit-Protokoll unter dem Mitarbeiterkonto Ihres Logins %1 erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/StaffDialog.cpp" line="53"/>
        <source>Your login %1 has no staff account: a DBA runs quotactl grant %1 --role admin --staff STAFF.</source>
        <translation>Ihr Login %1 hat kein Mitarbeiterkonto: ein DBA führt quotactl grant %1 --role admin --staff STAFF aus.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/StaffDialog.cpp" line="59"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/StaffDialog.cpp" line="60"/>
        <source>There is no staff account in this database.</source>
        <translation>In dieser Datenbank gibt es kein Mitarbeiterkonto.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/StaffDialog.cpp" line="75"/>
        <source>Staff account</source>
        <translation>Mitarbeiterkonto</translation>
    </message>
</context>
<context>
    <name>StaffLogins</name>
    <message>
        <location filename="../models/users/StaffLogins.cpp" line="49"/>
        <source>Name at least one role to grant: %1.</source>
        <translation>Geben Sie mindestens eine zuzuweisende Rolle an: %1.</translation>
    </message>
    <message>
        <location filename="../models/users/StaffLogins.cpp" line="52"/>
        <source>Unknown role &quot;%1&quot;: use %2.</source>
        <translation>Unbekannte Rolle „%1“: Verwenden Sie %2.</translation>
    </message>
    <message>
        <location filename="../models/users/StaffLogins.cpp" line="55"/>
        <source>The viewer and admin roles need the staff account the login acts as: add --staff STAFF.</source>
        <translation>Die Rollen viewer und admin brauchen das Mitarbeiterkonto, als das der Login handelt: Ergänzen Sie --staff MITARBEITER.</translation>
    </message>
    <message>
        <location filename="../models/users/StaffLogins.cpp" line="65"/>
        <source>There is no login role &quot;%1&quot; in this cluster: create it first (CREATE ROLE ... LOGIN).</source>
        <translation>In diesem Cluster gibt es keine Login-Rolle „%1“: Legen Sie sie zuerst an (CREATE ROLE ... LOGIN).</translation>
    </message>
    <message>
        <location filename="../models/users/StaffLogins.cpp" line="100"/>
        <source>There is no login role &quot;%1&quot; in this cluster.</source>
        <translation>In diesem Cluster gibt es keine Login-Rolle „%1“.</translation>
    </message>
</context>
<context>
    <name>ThrowawayPostgres</name>
    <message>
        <location filename="../models/demo/ThrowawayPostgres.cpp" line="95"/>
        <source>Cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <location filename="../models/demo/ThrowawayPostgres.cpp" line="99"/>
        <source>%1 did not finish in %2 s</source>
        <translation>%1 wurde nicht innerhalb von %2 s fertig</translation>
    </message>
    <message>
        <location filename="../models/demo/ThrowawayPostgres.cpp" line="103"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../models/demo/ThrowawayPostgres.cpp" line="117"/>
        <source>PostgreSQL server programs (initdb, pg_ctl) not found: install the package postgresql, or set QUOTADESK_PG_BINDIR.</source>
        <translation>PostgreSQL-Serverprogramme (initdb, pg_ctl) nicht gefunden: Installieren Sie das Paket postgresql oder setzen Sie QUOTADESK_PG_BINDIR.</translation>
    </message>
    <message>
        <location filename="../models/demo/ThrowawayPostgres.cpp" line="124"/>
        <source>Running as root, but there is no &apos;postgres&apos; user to run the server: install the package postgresql.</source>
        <translation>Läuft als root, aber es gibt keinen Nutzer &apos;postgres&apos;, der den Server ausführen kann: Installieren Sie das Paket postgresql.</translation>
    </message>
    <message>
        <location filename="../models/demo/ThrowawayPostgres.cpp" line="132"/>
        <source>Cannot create a temporary directory in %1</source>
        <translation>In %1 kann kein temporäres Verzeichnis angelegt werden</translation>
    </message>
    <message>
        <location filename="../models/demo/ThrowawayPostgres.cpp" line="136"/>
        <source>Cannot hand %1 to the postgres user</source>
        <translation>%1 kann nicht an den Nutzer postgres übergeben werden</translation>
    </message>
    <message>
        <location filename="../models/demo/ThrowawayPostgres.cpp" line="214"/>
        <source>%1 is not a throwaway cluster</source>
        <translation>%1 ist kein Wegwerf-Cluster</translation>
    </message>
</context>
<context>
    <name>TrafficSimulator</name>
    <message>
        <location filename="../models/demo/TrafficSimulator.cpp" line="39"/>
        <source>There are no active customer accounts to simulate: load some with `quotactl demo-data`.</source>
        <translation>Es gibt keine aktiven Kundenkonten zum Simulieren: Laden Sie welche mit `quotactl demo-data`.</translation>
    </message>
    <message>
        <location filename="../models/demo/TrafficSimulator.cpp" line="50"/>
        <source>The simulation has no users: call prepare() first.</source>
        <translation>Die Simulation hat keine Nutzer: Rufen Sie zuerst prepare() auf.</translation>
    </message>
</context>
<context>
    <name>UsageCounters</name>
    <message>
        <location filename="../models/quota/UsageCounters.cpp" line="50"/>
        <source>This database has no usage counters yet: run `quotactl migrate` first.</source>
        <translation>Diese Datenbank hat noch keine Nutzungszähler: Führen Sie zuerst `quotactl migrate` aus.</translation>
    </message>
</context>
<context>
    <name>UserLookup</name>
    <message>
        <location filename="../models/users/UserLookup.cpp" line="35"/>
        <source>No user given: name a user by id or email.</source>
        <translation>Kein Nutzer angegeben: Nennen Sie einen Nutzer per ID oder E-Mail.</translation>
    </message>
    <message>
        <location filename="../models/users/UserLookup.cpp" line="40"/>
        <location filename="../models/users/UserLookup.cpp" line="49"/>
        <source>No user with id %1.</source>
        <translation>Kein Nutzer mit ID %1.</translation>
    </message>
    <message>
        <location filename="../models/users/UserLookup.cpp" line="49"/>
        <source>No user with email %1.</source>
        <translation>Kein Nutzer mit E-Mail %1.</translation>
    </message>
    <message>
        <location filename="../models/users/UserLookup.cpp" line="61"/>
        <source>%1 is not a staff account: admin actions need a user with is_admin or a super_admin, support_agent or finance_admin role.</source>
        <translation>%1 ist kein Mitarbeiterkonto: Verwaltungsaktionen brauchen einen Nutzer mit is_admin oder der Rolle super_admin, support_agent oder finance_admin.</translation>
    </message>
    <message>
        <location filename="../models/users/UserLookup.cpp" line="64"/>
        <source>Staff account %1 is deactivated.</source>
        <translation>Mitarbeiterkonto %1 ist deaktiviert.</translation>
    </message>
</context>
<context>
    <name>UserQuotaPanel</name>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="153"/>
        <source>Daily limit (current plan)</source>
        <translation>Tageslimit (aktueller Tarif)</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="197"/>
        <source>No user selected</source>
        <translation>Kein Nutzer ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="198"/>
        <source>Select a user in the table or a bar in the chart.</source>
        <translation>Wählen Sie einen Nutzer in der Tabelle oder einen Balken im Diagramm aus.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="199"/>
        <source>Their quota, when it resets and their last 30 days appear here.</source>
        <translation>Hier erscheinen das Kontingent, der Zeitpunkt der Zurücksetzung und die letzten 30 Tage.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="207"/>
        <source>%1 · plan %2 · id %3</source>
        <translation>%1 · Tarif %2 · ID %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="208"/>
        <source>%1 (%2) · plan %3 · id %4</source>
        <translation>%1 (%2) · Tarif %3 · ID %4</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="210"/>
        <source>%1 · inactive account</source>
        <translation>%1 · inaktives Konto</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="212"/>
        <source>%1 · %Ln users selected</source>
        <translation>
            <numerusform>%1 · %Ln Nutzer ausgewählt</numerusform>
            <numerusform>%1 · %Ln Nutzer ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="217"/>
        <source>Unlimited daily quota</source>
        <translation>Unbegrenztes Tageskontingent</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="218"/>
        <source>%1 tokens used today</source>
        <translation>%1 Tokens heute verbraucht</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="220"/>
        <source>%1% of daily quota used</source>
        <translation>%1 % des Tageskontingents verbraucht</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="221"/>
        <source>%1 tokens remaining</source>
        <translation>%1 Tokens übrig</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="226"/>
        <source>Resets %1 local time (%2 UTC), in %3 h %4 min.</source>
        <translation>Zurücksetzung %1 Ortszeit (%2 UTC), in %3 Std. %4 Min.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="237"/>
        <source>Today: %1 of %2 tokens</source>
        <translation>Heute: %1 von %2 Tokens</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="239"/>
        <source>This month: %1 tokens (unlimited)</source>
        <translation>Dieser Monat: %1 Tokens (unbegrenzt)</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="241"/>
        <source>This month: %1 of %2 tokens (%3%), resets %4 UTC</source>
        <translation>Dieser Monat: %1 von %2 Tokens (%3 %), Zurücksetzung %4 UTC</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="245"/>
        <source>Last 60 minutes: %1 calls (unlimited)</source>
        <translation>Letzte 60 Minuten: %1 Aufrufe (unbegrenzt)</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="247"/>
        <source>Last 60 minutes: %1 of %2 calls (%3%)</source>
        <translation>Letzte 60 Minuten: %1 von %2 Aufrufen (%3 %)</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="250"/>
        <source>Plan &quot;%1&quot; has no limits row: freemium&apos;s limits apply until one is added.</source>
        <translation>Tarif „%1“ hat keine Limit-Zeile: Bis eine hinzugefügt wird, gelten die Limits von freemium.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="252"/>
        <source>Last daily reset: %1 UTC</source>
        <translation>Letzte tägliche Zurücksetzung: %1 UTC</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="254"/>
        <source>%Ln usage rows this month have negative token counts; they count as 0.</source>
        <translation>
            <numerusform>%Ln Nutzungszeile dieses Monats hat eine negative Tokenzahl; sie zählt als 0.</numerusform>
            <numerusform>%Ln Nutzungszeilen dieses Monats haben negative Tokenzahlen; sie zählen als 0.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="296"/>
        <source>At this rate: daily quota %1; monthly quota %2.</source>
        <translation>Bei diesem Tempo: Tageskontingent %1; Monatskontingent %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="301"/>
        <source>The daily quota at the pace of the last 60 minutes, the monthly one at the pace of the last 7 days (successful calls&apos; tokens).</source>
        <translation>Das Tageskontingent im Tempo der letzten 60 Minuten, das Monatskontingent im Tempo der letzten 7 Tage (Tokens erfolgreicher Aufrufe).</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="338"/>
        <source>UTC day</source>
        <translation>UTC-Tag</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="340"/>
        <source>Million tokens</source>
        <translation>Millionen Tokens</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="340"/>
        <source>Thousand tokens</source>
        <translation>Tausend Tokens</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="340"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="351"/>
        <source>Daily tokens of %1, last %Ln days</source>
        <translation>
            <numerusform>Tägliche Tokens von %1, %Ln Tag</numerusform>
            <numerusform>Tägliche Tokens von %1, letzte %Ln Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserUsageHistory</name>
    <message>
        <location filename="../models/quota/UserUsageHistory.cpp" line="23"/>
        <source>The history covers 1 to 366 days, not %1.</source>
        <translation>Der Verlauf umfasst 1 bis 366 Tage, nicht %1.</translation>
    </message>
    <message>
        <location filename="../models/quota/UserUsageHistory.cpp" line="35"/>
        <source>No user with id %1.</source>
        <translation>Kein Nutzer mit ID %1.</translation>
    </message>
</context>
<context>
    <name>UserUsageHistoryModel</name>
    <message>
        <location filename="../models/quota/UserUsageHistoryModel.cpp" line="97"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../models/quota/UserUsageHistoryModel.cpp" line="99"/>
        <source>Counted against the daily limit</source>
        <translation>Auf das Tageslimit angerechnet</translation>
    </message>
    <message>
        <location filename="../models/quota/UserUsageHistoryModel.cpp" line="101"/>
        <source>Before a reset (not counted)</source>
        <translation>Vor einer Zurücksetzung (nicht angerechnet)</translation>
    </message>
    <message>
        <location filename="../models/quota/UserUsageHistoryModel.cpp" line="103"/>
        <source>Daily limit</source>
        <translation>Tageslimit</translation>
    </message>
</context>
<context>
    <name>WorkerCore</name>
    <message>
        <location filename="../models/db/DatabaseWorker.cpp" line="102"/>
        <location filename="../models/db/DatabaseWorker.cpp" line="171"/>
        <source>The connection to the database was lost.</source>
        <translation>Die Verbindung zur Datenbank ist unterbrochen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="44"/>
        <source>Quota and AI-cache dashboard for PostgreSQL.</source>
        <translation>Dashboard für Kontingente und KI-Cache mit PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="47"/>
        <source>Run on a private demo database with live simulated traffic.</source>
        <translation>Mit einer privaten Demo-Datenbank und live simuliertem Verkehr arbeiten.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="49"/>
        <source>Connection: postgresql:// URI, key=value string, service=NAME or database name.</source>
        <translation>Verbindung: postgresql://-URI, key=value-Zeichenfolge, service=NAME oder Datenbankname.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="50"/>
        <location filename="../app/quotadesk/main.cpp" line="53"/>
        <source>CONN</source>
        <translation>VERBINDUNG</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="52"/>
        <source>A hot standby of the database: the pages read from it; admin actions and notifications stay on --database.</source>
        <translation>Ein Hot Standby der Datenbank: die Seiten lesen von ihm; Admin-Aktionen und Benachrichtigungen bleiben auf --database.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="54"/>
        <source>Language, e.g. de or sw (default: the system&apos;s).</source>
        <translation>Sprache, z. B. de oder sw (Standard: die des Systems).</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="55"/>
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="56"/>
        <source>Save a screenshot of the page once loaded, then quit.</source>
        <translation>Nach dem Laden ein Bildschirmfoto der Seite speichern, dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="57"/>
        <location filename="../app/quotadesk/main.cpp" line="61"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="58"/>
        <source>Page to open: overview, quotas, costs, cache or audit.</source>
        <translation>Zu öffnende Seite: overview, quotas, costs, cache oder audit.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="59"/>
        <source>PAGE</source>
        <translation>SEITE</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="60"/>
        <source>Use this settings file instead of the user&apos;s.</source>
        <translation>Diese Einstellungsdatei statt der des Nutzers verwenden.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="62"/>
        <source>Demo: simulated requests per second (default 4).</source>
        <translation>Demo: simulierte Anfragen pro Sekunde (Standard 4).</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="63"/>
        <source>RATE</source>
        <translation>RATE</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="64"/>
        <source>Colors: light, dark or system (default).</source>
        <translation>Farben: light, dark oder system (Standard).</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="65"/>
        <source>THEME</source>
        <translation>DESIGN</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/main.cpp" line="73"/>
        <source>Cannot listen on %1:%2.</source>
        <translation>Auf %1:%2 kann nicht gelauscht werden.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/main.cpp" line="77"/>
        <source>Listening on http://%1:%2 with %3 database workers, up to %4 connections.</source>
        <translation>Lausche auf http://%1:%2 mit %3 Datenbank-Workern, bis zu %4 Verbindungen.</translation>
    </message>
</context>
</TS>
