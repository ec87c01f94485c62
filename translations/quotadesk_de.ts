<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../models/AuditLogModel.cpp" line="14"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/AuditLogModel.cpp" line="14"/>
        <source>When (UTC)</source>
        <translation>Zeitpunkt (UTC)</translation>
    </message>
    <message>
        <location filename="../models/AuditLogModel.cpp" line="14"/>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../models/AuditLogModel.cpp" line="14"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../models/AuditLogModel.cpp" line="14"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../models/AuditLogModel.cpp" line="14"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../ui/AuditPage.h" line="25"/>
        <location filename="../ui/AuditPage.cpp" line="28"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/AuditPage.cpp" line="38"/>
        <location filename="../ui/AuditPage.cpp" line="129"/>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <location filename="../ui/AuditPage.cpp" line="42"/>
        <source>Staff member (email or name)</source>
        <translation>Mitarbeiter (E-Mail oder Name)</translation>
    </message>
    <message>
        <location filename="../ui/AuditPage.cpp" line="50"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../ui/AuditPage.cpp" line="56"/>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <location filename="../ui/AuditPage.cpp" line="59"/>
        <source>From (UTC):</source>
        <translation>Von (UTC):</translation>
    </message>
    <message>
        <location filename="../ui/AuditPage.cpp" line="61"/>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <location filename="../ui/AuditPage.cpp" line="79"/>
        <source>Select an action to see all its details.</source>
        <translation>Wählen Sie eine Aktion aus, um alle Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/AuditPage.cpp" line="183"/>
        <source>%1 by %2 on %3

%4</source>
        <translation>%1 von %2 am %3

%4</translation>
    </message>
</context>
<context>
    <name>CacheEntriesModel</name>
    <message>
        <location filename="../models/CacheEntriesModel.cpp" line="38"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/CacheEntriesModel.cpp" line="38"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/CacheEntriesModel.cpp" line="38"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../models/CacheEntriesModel.cpp" line="38"/>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <location filename="../models/CacheEntriesModel.cpp" line="38"/>
        <source>Created (UTC)</source>
        <translation>Erstellt (UTC)</translation>
    </message>
    <message>
        <location filename="../models/CacheEntriesModel.cpp" line="38"/>
        <source>Expires (UTC)</source>
        <translation>Läuft ab (UTC)</translation>
    </message>
    <message>
        <location filename="../models/CacheEntriesModel.cpp" line="38"/>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../models/CacheEntriesModel.cpp" line="38"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../models/CacheEntriesModel.cpp" line="90"/>
        <location filename="../models/CacheEntriesModel.cpp" line="206"/>
        <source>system</source>
        <translation>system</translation>
    </message>
    <message>
        <location filename="../models/CacheEntriesModel.cpp" line="194"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../models/CacheEntriesModel.cpp" line="196"/>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <location filename="../models/CacheEntriesModel.cpp" line="213"/>
        <location filename="../models/CacheEntriesModel.cpp" line="225"/>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <location filename="../models/CacheEntriesModel.cpp" line="227"/>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <location filename="../models/CacheEntriesModel.cpp" line="228"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>CacheEntryPreview</name>
    <message>
        <location filename="../ui/CacheEntryPreview.cpp" line="60"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/CacheEntryPreview.cpp" line="61"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../ui/CacheEntryPreview.cpp" line="65"/>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../ui/CacheEntryPreview.cpp" line="62"/>
        <source>Created (UTC)</source>
        <translation>Erstellt (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/CacheEntryPreview.cpp" line="63"/>
        <source>Expires (UTC)</source>
        <translation>Läuft ab (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/CacheEntryPreview.cpp" line="64"/>
        <source>Last used (UTC)</source>
        <translation>Zuletzt verwendet (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/CacheEntryPreview.cpp" line="66"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/CacheEntryPreview.cpp" line="67"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../ui/CacheEntryPreview.cpp" line="74"/>
        <source>Not valid JSON: the raw text as stored</source>
        <translation>Kein gültiges JSON: der Rohtext wie gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/CacheEntryPreview.cpp" line="95"/>
        <source>Select an entry to see its data.</source>
        <translation>Eintrag auswählen, um seine Daten zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/CacheEntryPreview.cpp" line="130"/>
        <source>Key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <location filename="../ui/CacheEntryPreview.cpp" line="133"/>
        <source>system (shared)</source>
        <translation>system (gemeinsam)</translation>
    </message>
    <message>
        <location filename="../ui/CacheEntryPreview.cpp" line="135"/>
        <source>user #%1</source>
        <translation>Nutzer #%1</translation>
    </message>
    <message>
        <location filename="../ui/CacheEntryPreview.cpp" line="137"/>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <location filename="../ui/CacheEntryPreview.cpp" line="142"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/CacheEntryPreview.cpp" line="144"/>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <location filename="../ui/CacheEntryPreview.cpp" line="149"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/CacheEntryPreview.cpp" line="153"/>
        <source>%1 (not valid JSON)</source>
        <translation>%1 (kein gültiges JSON)</translation>
    </message>
    <message>
        <location filename="../ui/CacheEntryPreview.cpp" line="163"/>
        <source>The first %1 of %2 characters.</source>
        <translation>Die ersten %1 von %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../ui/CacheEntryPreview.cpp" line="169"/>
        <source>JSON object</source>
        <translation>JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../ui/CacheEntryPreview.cpp" line="169"/>
        <source>JSON array</source>
        <translation>JSON-Array</translation>
    </message>
    <message>
        <location filename="../ui/CacheEntryPreview.cpp" line="169"/>
        <source>JSON string, shown as its text</source>
        <translation>JSON-String, als Text angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/CacheEntryPreview.cpp" line="169"/>
        <source>JSON value</source>
        <translation>JSON-Wert</translation>
    </message>
    <message>
        <location filename="../ui/CacheEntryPreview.cpp" line="171"/>
        <source>%1 — the first %2 of %3 characters</source>
        <translation>%1 — die ersten %2 von %3 Zeichen</translation>
    </message>
</context>
<context>
    <name>CachePage</name>
    <message>
        <location filename="../ui/CachePage.h" line="45"/>
        <location filename="../ui/CachePage.cpp" line="83"/>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="85"/>
        <source>Lookups of:</source>
        <translation>Abfragen:</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="88"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="89"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="90"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="91"/>
        <source>All recorded</source>
        <translation>Alle erfassten</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="109"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="125"/>
        <source>Warm up system caches…</source>
        <translation>System-Caches vorwärmen…</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="127"/>
        <source>Store the default system prompts as permanent shared cache entries</source>
        <translation>Die Standard-Systemprompts als dauerhafte gemeinsame Cache-Einträge speichern</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="128"/>
        <source>Warm up from a prompts file…</source>
        <translation>Aus Prompt-Datei vorwärmen…</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="137"/>
        <source>Clean up expired…</source>
        <translation>Abgelaufene bereinigen…</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="139"/>
        <source>Delete the cache rows whose time is up, in batches; recorded in the audit log</source>
        <translation>Die abgelaufenen Cache-Zeilen stapelweise löschen; wird im Prüfprotokoll erfasst</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="180"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="182"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="193"/>
        <source>By type</source>
        <translation>Nach Typ</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="214"/>
        <source>Entries, hits and savings are those of the rows in the cache now, all time. The hit rate counts the lookups recorded in the chosen window, misses included.</source>
        <translation>Einträge, Treffer und Ersparnis beziehen sich auf die aktuellen Zeilen im Cache, über die gesamte Zeit. Die Trefferquote zählt die im gewählten Zeitraum erfassten Abfragen, Fehltreffer eingeschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="226"/>
        <source>Hit rate per day (UTC)</source>
        <translation>Trefferquote pro Tag (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="230"/>
        <source>Target 60 %</source>
        <translation>Ziel 60 %</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="233"/>
        <source>Hit rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="249"/>
        <source>Hit rate (%)</source>
        <translation>Trefferquote (%)</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="275"/>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="280"/>
        <source>Live and expired</source>
        <translation>Gültige und abgelaufene</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="281"/>
        <source>Live only</source>
        <translation>Nur gültige</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="282"/>
        <source>Expired only</source>
        <translation>Nur abgelaufene</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="285"/>
        <source>User: id, email or “system”</source>
        <translation>Nutzer: ID, E-Mail oder „system“</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="289"/>
        <source>Key contains…</source>
        <translation>Schlüssel enthält…</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="315"/>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="324"/>
        <source>Delete entry…</source>
        <translation>Eintrag löschen…</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="326"/>
        <source>Delete the selected entry (for a system key: every shared row of that key)</source>
        <translation>Den ausgewählten Eintrag löschen (bei einem Systemschlüssel: jede gemeinsame Zeile dieses Schlüssels)</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="327"/>
        <source>Clean up user&apos;s caches…</source>
        <translation>Caches des Nutzers bereinigen…</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="329"/>
        <source>Delete every non-system entry of the selected entry&apos;s user, or of the user typed in the filter</source>
        <translation>Alle Nicht-System-Einträge des Nutzers löschen, dem der ausgewählte Eintrag gehört, oder des im Filter eingegebenen Nutzers</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="372"/>
        <source>%1 entries loaded; scroll for more</source>
        <translation>%1 Einträge geladen; für mehr scrollen</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="374"/>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="374"/>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="398"/>
        <source>Could not load the entries: %1</source>
        <translation>Die Einträge konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="438"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="440"/>
        <source>last 7 days</source>
        <translation>letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="442"/>
        <source>last 30 days</source>
        <translation>letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="444"/>
        <source>all recorded</source>
        <translation>alle erfassten</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="503"/>
        <source>Loading entries…</source>
        <translation>Einträge werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="514"/>
        <source>hits × saving per hit, all entries</source>
        <translation>Treffer × Ersparnis pro Treffer, alle Einträge</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="515"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="515"/>
        <source>cache data of %1 entries</source>
        <translation>Cache-Daten von %1 Einträgen</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="517"/>
        <source>%1 expired, waiting for a clean-up</source>
        <translation>%1 abgelaufen, warten auf Bereinigung</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="517"/>
        <source>none expired</source>
        <translation>keine abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="519"/>
        <source>Delete the %1 cache rows whose time is up, in batches; recorded in the audit log</source>
        <translation>Die %1 abgelaufenen Cache-Zeilen stapelweise löschen; wird im Prüfprotokoll erfasst</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="542"/>
        <source>MMM d</source>
        <comment>day of the hit-rate axis</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="545"/>
        <source>Hit rate per day (UTC), %1</source>
        <translation>Trefferquote pro Tag (UTC), %1</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="178"/>
        <source>Cost saved</source>
        <translation>Ersparnis</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="546"/>
        <source>Hit rate per day: none recorded, %1</source>
        <translation>Trefferquote pro Tag: nichts erfasst, %1</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="576"/>
        <source>Select an entry to see its data.</source>
        <translation>Eintrag auswählen, um seine Daten zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="586"/>
        <source>Could not load the entry: %1</source>
        <translation>Der Eintrag konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="588"/>
        <source>This entry no longer exists.</source>
        <translation>Dieser Eintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="648"/>
        <location filename="../ui/CachePage.cpp" line="674"/>
        <source>Clean up expired cache rows</source>
        <translation>Abgelaufene Cache-Zeilen bereinigen</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="651"/>
        <source>Counting expired rows…</source>
        <translation>Abgelaufene Zeilen werden gezählt…</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="658"/>
        <source>There are no expired cache rows: nothing to delete.</source>
        <translation>Es gibt keine abgelaufenen Cache-Zeilen: nichts zu löschen.</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="661"/>
        <source>Delete %1 expired cache rows (expired before %2 UTC)?

Live and system entries stay. The clean-up runs in batches and can be cancelled; it is recorded in the audit log under %3.</source>
        <translation>%1 abgelaufene Cache-Zeilen löschen (abgelaufen vor %2 UTC)?

Gültige und System-Einträge bleiben erhalten. Die Bereinigung läuft stapelweise und kann abgebrochen werden; sie wird im Prüfprotokoll unter %3 erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="665"/>
        <source>Delete %1 rows</source>
        <translation>%1 Zeilen löschen</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="675"/>
        <source>Deleting expired rows…</source>
        <translation>Abgelaufene Zeilen werden gelöscht…</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="678"/>
        <source>Deleting expired rows: 0 of %1</source>
        <translation>Abgelaufene Zeilen werden gelöscht: 0 von %1</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="699"/>
        <source>Deleting expired rows: %1 of %2</source>
        <translation>Abgelaufene Zeilen werden gelöscht: %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="717"/>
        <source>Clean-up cancelled: %1 of %2 expired rows deleted; the rest stay until the next clean-up.</source>
        <translation>Bereinigung abgebrochen: %1 von %2 abgelaufenen Zeilen gelöscht; der Rest bleibt bis zur nächsten Bereinigung.</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="721"/>
        <source>1 expired row deleted</source>
        <translation>1 abgelaufene Zeile gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="721"/>
        <source>%1 expired rows deleted</source>
        <translation>%1 abgelaufene Zeilen gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="734"/>
        <source>Cancelling after this batch…</source>
        <translation>Abbruch nach diesem Stapel…</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="746"/>
        <source>Choose a prompts file</source>
        <translation>Prompt-Datei auswählen</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="746"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="761"/>
        <source>Warm up system caches</source>
        <translation>System-Caches vorwärmen</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="762"/>
        <source>Reading the prompts…</source>
        <translation>Prompts werden gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="773"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="777"/>
        <source>Warm up %1 permanent system cache entries from %2?

Keys: %3

Entries that already hold the same text stay unchanged. The warm-up is recorded in the audit log under %4.</source>
        <translation>%1 dauerhafte System-Cache-Einträge aus %2 vorwärmen?

Schlüssel: %3

Einträge, die bereits denselben Text enthalten, bleiben unverändert. Das Vorwärmen wird im Prüfprotokoll unter %4 erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="780"/>
        <source>the default prompt set</source>
        <translation>dem Standard-Prompt-Satz</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="782"/>
        <source>Warm up</source>
        <translation>Vorwärmen</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="784"/>
        <source>Warming up system caches…</source>
        <translation>System-Caches werden vorgewärmt…</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="793"/>
        <source>System caches warmed up: %1 inserted, %2 updated, %3 unchanged.</source>
        <translation>System-Caches vorgewärmt: %1 eingefügt, %2 aktualisiert, %3 unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="796"/>
        <source>%1 Duplicate rows removed: %2.</source>
        <translation>%1 Doppelte Zeilen entfernt: %2.</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="822"/>
        <source>Delete cache entry</source>
        <translation>Cache-Eintrag löschen</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="823"/>
        <source>Counting matching rows…</source>
        <translation>Passende Zeilen werden gezählt…</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="832"/>
        <source>The entry &quot;%1&quot; no longer exists: nothing to delete.</source>
        <translation>Der Eintrag „%1“ existiert nicht mehr: nichts zu löschen.</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="836"/>
        <source>Delete the cache entry &quot;%1&quot; (type %2, owner %3)?

Rows deleted: %4. The deletion is recorded in the audit log under %5.</source>
        <translation>Den Cache-Eintrag „%1“ (Typ %2, Eigentümer %3) löschen?

Zu löschende Zeilen: %4. Das Löschen wird im Prüfprotokoll unter %5 erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="839"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="841"/>
        <source>Deleting the entry…</source>
        <translation>Eintrag wird gelöscht…</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="850"/>
        <source>1 cache entry deleted</source>
        <translation>1 Cache-Eintrag gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="850"/>
        <source>%1 cache rows deleted</source>
        <translation>%1 Cache-Zeilen gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="870"/>
        <source>Clean up a user&apos;s caches</source>
        <translation>Caches eines Nutzers bereinigen</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="872"/>
        <source>Select an entry of the user, or type the user&apos;s id or email in the user filter.</source>
        <translation>Wählen Sie einen Eintrag des Nutzers aus oder geben Sie ID oder E-Mail des Nutzers im Nutzerfilter ein.</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="881"/>
        <source>Counting the user&apos;s entries…</source>
        <translation>Einträge des Nutzers werden gezählt…</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="898"/>
        <source>%1 (#%2) has no non-system cache entries: nothing to delete.</source>
        <translation>%1 (#%2) hat keine Nicht-System-Cache-Einträge: nichts zu löschen.</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="902"/>
        <source>Delete all %1 non-system cache entries of %2 (#%3), live and expired?

Shared system entries stay. The deletion is recorded in the audit log under %4.</source>
        <translation>Alle %1 Nicht-System-Cache-Einträge von %2 (#%3) löschen, gültige und abgelaufene?

Gemeinsame System-Einträge bleiben erhalten. Das Löschen wird im Prüfprotokoll unter %4 erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="907"/>
        <source>Delete %1 entries</source>
        <translation>%1 Einträge löschen</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="909"/>
        <source>Deleting the user&apos;s entries…</source>
        <translation>Einträge des Nutzers werden gelöscht…</translation>
    </message>
    <message>
        <location filename="../ui/CachePage.cpp" line="919"/>
        <source>%1 cache entries of %2 deleted</source>
        <translation>%1 Cache-Einträge von %2 gelöscht</translation>
    </message>
</context>
<context>
    <name>CacheService</name>
    <message>
        <location filename="../models/CacheService.cpp" line="53"/>
        <source>A cache key cannot be empty.</source>
        <translation>Ein Cache-Schlüssel darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="56"/>
        <source>The cache key is %1 characters; the limit is %2.</source>
        <translation>Der Cache-Schlüssel hat %1 Zeichen; das Limit ist %2.</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="58"/>
        <source>A cache key cannot contain a NUL character.</source>
        <translation>Ein Cache-Schlüssel darf kein NUL-Zeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="66"/>
        <source>Unknown cache type &quot;%1&quot;: use system, session, content or extraction.</source>
        <translation>Unbekannter Cache-Typ „%1“: Verwenden Sie system, session, content oder extraction.</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="83"/>
        <source>Refused: %1.</source>
        <translation>Abgelehnt: %1.</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="94"/>
        <source>Not connected to a database.</source>
        <translation>Nicht mit einer Datenbank verbunden.</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="100"/>
        <source>key &quot;%1&quot; of type system</source>
        <translation>Schlüssel „%1“ vom Typ system</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="102"/>
        <source>key &quot;%1&quot; of type %2 for user %3</source>
        <translation>Schlüssel „%1“ vom Typ %2 für Nutzer %3</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="104"/>
        <source>key &quot;%1&quot; of type %2</source>
        <translation>Schlüssel „%1“ vom Typ %2</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="106"/>
        <source>key &quot;%1&quot; for user %2</source>
        <translation>Schlüssel „%1“ für Nutzer %2</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="107"/>
        <source>key &quot;%1&quot;</source>
        <translation>Schlüssel „%1“</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="126"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="128"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="130"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="132"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="134"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="136"/>
        <source>not a text</source>
        <translation>kein Text</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="149"/>
        <source>There are no prompts: the object is empty.</source>
        <translation>Es gibt keine Prompts: Das Objekt ist leer.</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="153"/>
        <source>A prompt has an empty key.</source>
        <translation>Ein Prompt hat einen leeren Schlüssel.</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="156"/>
        <source>The key &quot;%1...&quot; is %2 characters; the limit is %3.</source>
        <translation>Der Schlüssel „%1...“ hat %2 Zeichen; das Limit ist %3.</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="159"/>
        <source>The key &quot;%1&quot; contains a NUL character.</source>
        <translation>Der Schlüssel „%1“ enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="161"/>
        <source>The value of &quot;%1&quot; is %2, not a prompt text.</source>
        <translation>Der Wert von „%1“ ist %2, kein Prompt-Text.</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="163"/>
        <source>The prompt &quot;%1&quot; is empty.</source>
        <translation>Der Prompt „%1“ ist leer.</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="336"/>
        <location filename="../models/CacheService.cpp" line="388"/>
        <source>A %1 cache entry belongs to a user: give a user id.</source>
        <translation>Ein %1-Cache-Eintrag gehört zu einem Nutzer: Geben Sie eine Nutzer-ID an.</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="390"/>
        <source>The data to cache is not valid JSON.</source>
        <translation>Die zu cachenden Daten sind kein gültiges JSON.</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="417"/>
        <source>Not cached: the %1 plan (cache tier %2) has no %3 caching.</source>
        <translation>Nicht gecacht: Der Tarif %1 (Cache-Stufe %2) hat kein %3-Caching.</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="541"/>
        <source>No cache entry matches %1; nothing was deleted.</source>
        <translation>Kein Cache-Eintrag passt zu %1; nichts wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="551"/>
        <source>The batch size must be between 1 and %1, not %2.</source>
        <translation>Die Stapelgröße muss zwischen 1 und %1 liegen, nicht %2.</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="570"/>
        <source>The clean-up stopped after deleting %1 expired rows: %2</source>
        <translation>Die Bereinigung wurde nach dem Löschen von %1 abgelaufenen Zeilen abgebrochen: %2</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="613"/>
        <source>Prompts file %1 does not exist.</source>
        <translation>Prompt-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="615"/>
        <source>%1 is a directory, not a prompts file.</source>
        <translation>%1 ist ein Verzeichnis, keine Prompt-Datei.</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="617"/>
        <source>Prompts file %1 is larger than %2 MB.</source>
        <translation>Prompt-Datei %1 ist größer als %2 MB.</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="619"/>
        <source>Cannot read prompts file %1: %2</source>
        <translation>Prompt-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="622"/>
        <source>Prompts file %1 is empty: it must hold a JSON object mapping cache keys to prompt texts.</source>
        <translation>Prompt-Datei %1 ist leer: Die Datei muss ein JSON-Objekt enthalten, das Cache-Schlüssel auf Prompt-Texte abbildet.</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="630"/>
        <source>Prompts file %1 is not valid JSON: %2 at line %3, column %4.</source>
        <translation>Prompt-Datei %1 ist kein gültiges JSON: %2 in Zeile %3, Spalte %4.</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="634"/>
        <source>Prompts file %1 holds a JSON array; it must hold a JSON object mapping cache keys to prompt texts, like {&quot;cv_drafting_system&quot;: &quot;You are ...&quot;}.</source>
        <translation>Prompt-Datei %1 enthält ein JSON-Array; sie muss ein JSON-Objekt enthalten, das Cache-Schlüssel auf Prompt-Texte abbildet, etwa {&quot;cv_drafting_system&quot;: &quot;You are ...&quot;}.</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="637"/>
        <source>Prompts file %1 must hold a JSON object mapping cache keys to prompt texts.</source>
        <translation>Prompt-Datei %1 muss ein JSON-Objekt enthalten, das Cache-Schlüssel auf Prompt-Texte abbildet.</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="645"/>
        <source>Prompts file %1, line %2: %3</source>
        <translation>Prompt-Datei %1, Zeile %2: %3</translation>
    </message>
    <message>
        <location filename="../models/CacheService.cpp" line="646"/>
        <source>Prompts file %1: %2</source>
        <translation>Prompt-Datei %1: %2</translation>
    </message>
</context>
<context>
    <name>CacheTypeStatsModel</name>
    <message>
        <location filename="../models/CacheTypeStatsModel.cpp" line="84"/>
        <source>Average lifetime %1 minutes</source>
        <translation>Durchschnittliche Lebensdauer %1 Minuten</translation>
    </message>
    <message>
        <location filename="../models/CacheTypeStatsModel.cpp" line="85"/>
        <source>Never expires</source>
        <translation>Läuft nie ab</translation>
    </message>
    <message>
        <location filename="../models/CacheTypeStatsModel.cpp" line="86"/>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location filename="../models/CacheTypeStatsModel.cpp" line="92"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../models/CacheTypeStatsModel.cpp" line="110"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../models/CacheTypeStatsModel.cpp" line="112"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../models/CacheTypeStatsModel.cpp" line="114"/>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../models/CacheTypeStatsModel.cpp" line="116"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../models/CacheTypeStatsModel.cpp" line="118"/>
        <source>Cost saved</source>
        <translation>Ersparnis</translation>
    </message>
    <message>
        <location filename="../models/CacheTypeStatsModel.cpp" line="120"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="36"/>
        <source>Connect to a database</source>
        <translation>Mit einer Datenbank verbinden</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="50"/>
        <source>empty: use ~/.pgpass</source>
        <translation>leer: ~/.pgpass verwenden</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="54"/>
        <source>Save the password in ~/.pgpass (libpq&apos;s password file, readable only by you)</source>
        <translation>Passwort in ~/.pgpass speichern (Passwortdatei von libpq, nur für Sie lesbar)</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="55"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="56"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="57"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="58"/>
        <source>&amp;User:</source>
        <translation>&amp;Nutzer:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="59"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="60"/>
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL-Modus:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="62"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="67"/>
        <source>Service &amp;name:</source>
        <translation>Dienstna&amp;me:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="68"/>
        <source>A section of ~/.pg_service.conf (or $PGSERVICEFILE). Passwords come from the service file or ~/.pgpass.</source>
        <translation>Ein Abschnitt von ~/.pg_service.conf (oder $PGSERVICEFILE). Passwörter kommen aus der Dienstdatei oder aus ~/.pgpass.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="71"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="109"/>
        <location filename="../ui/ConnectDialog.cpp" line="116"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="109"/>
        <source>Name a service, or use the Server tab.</source>
        <translation>Geben Sie einen Dienst an oder verwenden Sie den Reiter „Server“.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="133"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="143"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../models/CsvExport.cpp" line="18"/>
        <location filename="../models/CsvExport.cpp" line="32"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../ui/Dashboard.cpp" line="41"/>
        <source>Preparing the demo database…</source>
        <translation>Demo-Datenbank wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../ui/Dashboard.cpp" line="42"/>
        <location filename="../ui/Dashboard.cpp" line="56"/>
        <source>Quotadesk demo</source>
        <translation>Quotadesk-Demo</translation>
    </message>
    <message>
        <location filename="../ui/Dashboard.cpp" line="56"/>
        <source>The demo database could not be prepared: %1</source>
        <translation>Die Demo-Datenbank konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/Dashboard.cpp" line="131"/>
        <source>Screenshot</source>
        <translation>Bildschirmfoto</translation>
    </message>
    <message>
        <location filename="../ui/Dashboard.cpp" line="131"/>
        <source>The page did not load within 90 seconds.</source>
        <translation>Die Seite wurde nicht innerhalb von 90 Sekunden geladen.</translation>
    </message>
</context>
<context>
    <name>DatabaseConnector</name>
    <message>
        <location filename="../models/DatabaseConnector.cpp" line="97"/>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed: install the package libqt6sql6-psql.</source>
        <translation>Der Qt-PostgreSQL-Treiber (QPSQL) ist nicht installiert: Installieren Sie das Paket libqt6sql6-psql.</translation>
    </message>
    <message>
        <location filename="../models/DatabaseConnector.cpp" line="101"/>
        <source>Cannot understand the connection string: %1. Use a postgresql:// URI, key=value pairs or a database name.</source>
        <translation>Die Verbindungszeichenfolge ist unverständlich: %1. Verwenden Sie eine postgresql://-URI, key=value-Paare oder einen Datenbanknamen.</translation>
    </message>
    <message>
        <location filename="../models/DatabaseConnector.cpp" line="152"/>
        <source>(invalid connection string)</source>
        <translation>(ungültige Verbindungszeichenfolge)</translation>
    </message>
    <message>
        <location filename="../models/DatabaseConnector.cpp" line="154"/>
        <source>(PG* environment defaults)</source>
        <translation>(Standardwerte der PG*-Umgebungsvariablen)</translation>
    </message>
    <message>
        <location filename="../models/DatabaseConnector.cpp" line="170"/>
        <source>Wrong password for PostgreSQL user &quot;%1&quot;: check PGPASSWORD, ~/.pgpass or the service file.</source>
        <translation>Falsches Passwort für PostgreSQL-Nutzer „%1“: Prüfen Sie PGPASSWORD, ~/.pgpass oder die Dienstdatei.</translation>
    </message>
    <message>
        <location filename="../models/DatabaseConnector.cpp" line="173"/>
        <source>The server asks for a password: put it in ~/.pgpass (or PGPASSWORD, or a service file).</source>
        <translation>Der Server verlangt ein Passwort: Hinterlegen Sie es in ~/.pgpass (oder PGPASSWORD oder einer Dienstdatei).</translation>
    </message>
    <message>
        <location filename="../models/DatabaseConnector.cpp" line="175"/>
        <source>Service file %1 not found: create it or fix PGSERVICEFILE.</source>
        <translation>Dienstdatei %1 nicht gefunden: Legen Sie sie an oder korrigieren Sie PGSERVICEFILE.</translation>
    </message>
    <message>
        <location filename="../models/DatabaseConnector.cpp" line="177"/>
        <source>Invalid connection setting: %1. Fix the connection string.</source>
        <translation>Ungültige Verbindungseinstellung: %1. Korrigieren Sie die Verbindungszeichenfolge.</translation>
    </message>
    <message>
        <location filename="../models/DatabaseConnector.cpp" line="179"/>
        <source>Service &quot;%1&quot; is not defined: add it to ~/.pg_service.conf or set PGSERVICEFILE.</source>
        <translation>Dienst „%1“ ist nicht definiert: Fügen Sie ihn zu ~/.pg_service.conf hinzu oder setzen Sie PGSERVICEFILE.</translation>
    </message>
    <message>
        <location filename="../models/DatabaseConnector.cpp" line="182"/>
        <source>Database &quot;%1&quot; does not exist: create it (createdb) or name another one with --database.</source>
        <translation>Datenbank „%1“ existiert nicht: Legen Sie sie an (createdb) oder geben Sie mit --database eine andere an.</translation>
    </message>
    <message>
        <location filename="../models/DatabaseConnector.cpp" line="185"/>
        <source>PostgreSQL role &quot;%1&quot; does not exist: connect as another user (user=... or PGUSER).</source>
        <translation>PostgreSQL-Rolle „%1“ existiert nicht: Verbinden Sie sich als anderer Nutzer (user=... oder PGUSER).</translation>
    </message>
    <message>
        <location filename="../models/DatabaseConnector.cpp" line="188"/>
        <source>The server refuses this client (no pg_hba.conf entry): ask its administrator for access.</source>
        <translation>Der Server weist diesen Client ab (kein Eintrag in pg_hba.conf): Bitten Sie dessen Administrator um Zugang.</translation>
    </message>
    <message>
        <location filename="../models/DatabaseConnector.cpp" line="190"/>
        <source>Unknown host: %1. Check the host name in the connection string or PGHOST.</source>
        <translation>Unbekannter Host: %1. Prüfen Sie den Hostnamen in der Verbindungszeichenfolge oder PGHOST.</translation>
    </message>
    <message>
        <location filename="../models/DatabaseConnector.cpp" line="196"/>
        <source>Cannot reach the PostgreSQL server (%1): is it running, and are host and port right?</source>
        <translation>Der PostgreSQL-Server ist nicht erreichbar (%1): Läuft er, und stimmen Host und Port?</translation>
    </message>
    <message>
        <location filename="../models/DatabaseConnector.cpp" line="199"/>
        <source>SSL negotiation failed (%1): check sslmode and the server&apos;s certificates.</source>
        <translation>SSL-Aushandlung fehlgeschlagen (%1): Prüfen Sie sslmode und die Zertifikate des Servers.</translation>
    </message>
    <message>
        <location filename="../models/DatabaseConnector.cpp" line="200"/>
        <source>PostgreSQL error: %1</source>
        <translation>PostgreSQL-Fehler: %1</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <location filename="../models/DemoData.cpp" line="19"/>
        <source>The demo data script is missing from this build.</source>
        <translation>Das Demo-Datenskript fehlt in diesem Build.</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <location filename="../models/DemoEnvironment.cpp" line="45"/>
        <source>Starting a private PostgreSQL server…</source>
        <translation>Privater PostgreSQL-Server wird gestartet…</translation>
    </message>
    <message>
        <location filename="../models/DemoEnvironment.cpp" line="54"/>
        <source>Creating the schema…</source>
        <translation>Schema wird angelegt…</translation>
    </message>
    <message>
        <location filename="../models/DemoEnvironment.cpp" line="59"/>
        <source>Loading demo data: %1 users, %2 days of usage…</source>
        <translation>Demo-Daten werden geladen: %1 Nutzer, %2 Tage Nutzung…</translation>
    </message>
</context>
<context>
    <name>HitRateByDayModel</name>
    <message>
        <location filename="../models/HitRateByDayModel.cpp" line="52"/>
        <source>%1: %2 % of %3 lookups</source>
        <translation>%1: %2 % von %3 Abfragen</translation>
    </message>
    <message>
        <location filename="../models/HitRateByDayModel.cpp" line="82"/>
        <source>Day of the window</source>
        <translation>Tag des Zeitraums</translation>
    </message>
    <message>
        <location filename="../models/HitRateByDayModel.cpp" line="84"/>
        <source>Hit rate (%)</source>
        <translation>Trefferquote (%)</translation>
    </message>
    <message>
        <location filename="../models/HitRateByDayModel.cpp" line="86"/>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../models/HitRateByDayModel.cpp" line="88"/>
        <source>Misses</source>
        <translation>Fehltreffer</translation>
    </message>
    <message>
        <location filename="../models/HitRateByDayModel.cpp" line="90"/>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
</context>
<context>
    <name>HitRateDonut</name>
    <message>
        <location filename="../ui/HitRateDonut.cpp" line="63"/>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../ui/HitRateDonut.cpp" line="64"/>
        <source>Misses</source>
        <translation>Fehltreffer</translation>
    </message>
    <message>
        <location filename="../ui/HitRateDonut.cpp" line="65"/>
        <source>No lookups recorded</source>
        <translation>Keine Abfragen erfasst</translation>
    </message>
    <message>
        <location filename="../ui/HitRateDonut.cpp" line="77"/>
        <source>60 %</source>
        <comment>the target mark on the hit-rate ring</comment>
        <translation>60 %</translation>
    </message>
    <message>
        <location filename="../ui/HitRateDonut.cpp" line="108"/>
        <location filename="../ui/HitRateDonut.cpp" line="148"/>
        <source>hit rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <location filename="../ui/HitRateDonut.cpp" line="137"/>
        <source>Hits: %1</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <location filename="../ui/HitRateDonut.cpp" line="138"/>
        <source>Misses: %1</source>
        <translation>%1 Fehltreffer</translation>
    </message>
    <message>
        <location filename="../ui/HitRateDonut.cpp" line="139"/>
        <source>Hit rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <location filename="../ui/HitRateDonut.cpp" line="139"/>
        <source>Hit rate, %1</source>
        <translation>Trefferquote, %1</translation>
    </message>
    <message>
        <location filename="../ui/HitRateDonut.cpp" line="147"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/HitRateDonut.cpp" line="149"/>
        <source>On target (60 %) · %1 lookups recorded</source>
        <translation>Ziel erreicht (60 %) · %1 Abfragen erfasst</translation>
    </message>
    <message>
        <location filename="../ui/HitRateDonut.cpp" line="150"/>
        <source>Below the 60 % target · %1 lookups recorded</source>
        <translation>Unter dem Ziel von 60 % · %1 Abfragen erfasst</translation>
    </message>
    <message>
        <location filename="../ui/HitRateDonut.cpp" line="152"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/HitRateDonut.cpp" line="153"/>
        <source>no lookups</source>
        <translation>keine Abfragen</translation>
    </message>
    <message>
        <location filename="../ui/HitRateDonut.cpp" line="155"/>
        <source>Hit rate unknown (no lookups recorded). Entry reuse instead: %1 hits per entry.</source>
        <translation>Trefferquote unbekannt (keine Abfragen erfasst). Stattdessen Wiederverwendung: %1 Treffer pro Eintrag.</translation>
    </message>
    <message>
        <location filename="../ui/HitRateDonut.cpp" line="157"/>
        <source>Hit rate unknown (no lookups recorded), and the cache has no entries.</source>
        <translation>Trefferquote unbekannt (keine Abfragen erfasst), und der Cache hat keine Einträge.</translation>
    </message>
</context>
<context>
    <name>HourlyTokensModel</name>
    <message>
        <location filename="../models/HourlyTokensModel.cpp" line="57"/>
        <source>Hour (UTC)</source>
        <translation>Stunde (UTC)</translation>
    </message>
    <message>
        <location filename="../models/HourlyTokensModel.cpp" line="59"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../models/HourlyTokensModel.cpp" line="61"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="27"/>
        <source>Quotadesk</source>
        <translation>Quotadesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="56"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="76"/>
        <source>Connection lost: %1 Reconnecting…</source>
        <translation>Verbindung verloren: %1 Neue Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <source>Cannot connect: %1 Retrying…</source>
        <translation>Verbindung nicht möglich: %1 Neuer Versuch…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="102"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="103"/>
        <source>&amp;Export table as CSV…</source>
        <translation>Tabelle als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="104"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="105"/>
        <source>Save &amp;chart as PNG…</source>
        <translation>&amp;Diagramm als PNG speichern…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="106"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="108"/>
        <source>C&amp;onnect to another database…</source>
        <translation>Mit anderer Datenbank &amp;verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="109"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="111"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="114"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="115"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="116"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="117"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="120"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135"/>
        <source>Could not load: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="177"/>
        <source>Updated %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="179"/>
        <source>Acting as %1</source>
        <translation>Aktionen als %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="179"/>
        <source>No staff account chosen</source>
        <translation>Kein Mitarbeiterkonto gewählt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <location filename="../ui/MainWindow.cpp" line="195"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>This page has no table to export.</source>
        <translation>Diese Seite hat keine Tabelle zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="190"/>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="190"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="197"/>
        <source>Exported %1 rows to %2</source>
        <translation>%1 Zeilen nach %2 exportiert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <location filename="../ui/MainWindow.cpp" line="222"/>
        <location filename="../ui/MainWindow.cpp" line="227"/>
        <location filename="../ui/MainWindow.cpp" line="231"/>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>This page has no chart.</source>
        <translation>Diese Seite hat kein Diagramm.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="222"/>
        <source>Which chart?</source>
        <translation>Welches Diagramm?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="227"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="231"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../models/Migrator.cpp" line="72"/>
        <source>Not connected to a database.</source>
        <translation>Nicht mit einer Datenbank verbunden.</translation>
    </message>
    <message>
        <location filename="../models/Migrator.cpp" line="93"/>
        <source>Cannot create Quotadesk&apos;s bookkeeping table: %1</source>
        <translation>Die Verwaltungstabelle von Quotadesk kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../models/Migrator.cpp" line="103"/>
        <source>This database&apos;s Quotadesk schema is version %1, newer than this program knows (%2): upgrade Quotadesk; nothing was changed.</source>
        <translation>Das Quotadesk-Schema dieser Datenbank hat Version %1, neuer als diesem Programm bekannt (%2): Aktualisieren Sie Quotadesk; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../models/Migrator.cpp" line="112"/>
        <source>Migration %1 is missing from this build.</source>
        <translation>Migration %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <location filename="../models/Migrator.cpp" line="134"/>
        <source>Migration %1 (%2) failed and was rolled back: %3</source>
        <translation>Migration %1 (%2) ist fehlgeschlagen und wurde zurückgerollt: %3</translation>
    </message>
    <message>
        <location filename="../models/Migrator.cpp" line="153"/>
        <source>This database has no Quotadesk schema yet: run `quotactl migrate` first.</source>
        <translation>Diese Datenbank hat noch kein Quotadesk-Schema: Führen Sie zuerst `quotactl migrate` aus.</translation>
    </message>
    <message>
        <location filename="../models/Migrator.cpp" line="155"/>
        <source>This database&apos;s Quotadesk schema is version %1, older than this program&apos;s %2: run `quotactl migrate`.</source>
        <translation>Das Quotadesk-Schema dieser Datenbank hat Version %1, älter als Version %2 dieses Programms: Führen Sie `quotactl migrate` aus.</translation>
    </message>
    <message>
        <location filename="../models/Migrator.cpp" line="159"/>
        <source>This database&apos;s Quotadesk schema is version %1, newer than this program knows (%2): upgrade Quotadesk.</source>
        <translation>Das Quotadesk-Schema dieser Datenbank hat Version %1, neuer als diesem Programm bekannt (%2): Aktualisieren Sie Quotadesk.</translation>
    </message>
    <message>
        <location filename="../models/Migrator.cpp" line="170"/>
        <source>Table &quot;%1&quot; is missing from this database: run `quotactl migrate` to create it.</source>
        <translation>Tabelle „%1“ fehlt in dieser Datenbank: Führen Sie `quotactl migrate` aus, um sie anzulegen.</translation>
    </message>
</context>
<context>
    <name>Orchestrator</name>
    <message>
        <location filename="../models/Orchestrator.cpp" line="54"/>
        <source>Quotadesk local generator</source>
        <translation>Lokaler Quotadesk-Generator</translation>
    </message>
    <message>
        <location filename="../models/Orchestrator.cpp" line="140"/>
        <source>The AI provider failed (%1): %2</source>
        <translation>Fehler beim KI-Anbieter (%1): %2</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../ui/OverviewPage.h" line="23"/>
        <location filename="../ui/OverviewPage.cpp" line="24"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="34"/>
        <source>Tokens today</source>
        <translation>Tokens heute</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="35"/>
        <source>AI cost today</source>
        <translation>KI-Kosten heute</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="36"/>
        <source>AI cost this month</source>
        <translation>KI-Kosten diesen Monat</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="37"/>
        <source>Cache hit rate today</source>
        <translation>Cache-Trefferquote heute</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="38"/>
        <source>Users at warning (≥ 50 %)</source>
        <translation>Nutzer mit Warnung (≥ 50 %)</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="39"/>
        <source>Users critical (≥ 80 %)</source>
        <translation>Nutzer kritisch (≥ 80 %)</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="40"/>
        <source>Users exceeded (≥ 95 %)</source>
        <translation>Nutzer überschritten (≥ 95 %)</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="41"/>
        <source>Cost saved by the cache</source>
        <translation>Ersparnis durch den Cache</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="42"/>
        <source>Cache storage</source>
        <translation>Cache-Speicher</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="53"/>
        <source>Tokens per hour (UTC): today and yesterday</source>
        <translation>Tokens pro Stunde (UTC): heute und gestern</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="56"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="60"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="83"/>
        <source>Hour of the day (UTC)</source>
        <translation>Stunde des Tages (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="86"/>
        <location filename="../ui/OverviewPage.cpp" line="159"/>
        <source>Thousand tokens</source>
        <translation>Tausend Tokens</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="135"/>
        <source>successful calls since 00:00 UTC</source>
        <translation>erfolgreiche Aufrufe seit 00:00 UTC</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="136"/>
        <source>all calls, failed ones included</source>
        <translation>alle Aufrufe, auch fehlgeschlagene</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="140"/>
        <source>of %1 users, daily quota</source>
        <translation>von %1 Nutzern, Tageskontingent</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="147"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="148"/>
        <source>%1 lookups today; target 60 %</source>
        <translation>%1 Abfragen heute; Ziel 60 %</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="151"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="151"/>
        <source>no lookups recorded today</source>
        <translation>heute keine Abfragen erfasst</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="154"/>
        <source>hits × saving per hit, all entries</source>
        <translation>Treffer × Ersparnis pro Treffer, alle Einträge</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="155"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="156"/>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="159"/>
        <source>Million tokens</source>
        <translation>Millionen Tokens</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="159"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
</context>
<context>
    <name>QuotaBarChart</name>
    <message>
        <location filename="../ui/QuotaBarChart.cpp" line="23"/>
        <location filename="../ui/QuotaBarChart.cpp" line="126"/>
        <source>Top %1 users by daily quota used</source>
        <translation>Top %1 Nutzer nach genutztem Tageskontingent</translation>
    </message>
    <message>
        <location filename="../ui/QuotaBarChart.cpp" line="47"/>
        <source>% of daily quota used (dashed: 50, 80, 95 %)</source>
        <translation>Tageskontingent in % (Linien: 50, 80, 95 %)</translation>
    </message>
    <message>
        <location filename="../ui/QuotaBarChart.cpp" line="74"/>
        <source>%1% threshold</source>
        <translation>Schwelle %1 %</translation>
    </message>
    <message>
        <location filename="../ui/QuotaBarChart.cpp" line="115"/>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <location filename="../ui/QuotaBarChart.cpp" line="125"/>
        <source>No user has used any of a daily quota yet</source>
        <translation>Noch kein Nutzer hat etwas von seinem Tageskontingent verbraucht</translation>
    </message>
</context>
<context>
    <name>QuotaService</name>
    <message>
        <location filename="../models/QuotaService.cpp" line="144"/>
        <location filename="../models/QuotaService.cpp" line="184"/>
        <source>No user with id %1.</source>
        <translation>Kein Nutzer mit ID %1.</translation>
    </message>
    <message>
        <location filename="../models/QuotaService.cpp" line="204"/>
        <source>No token estimate for task &quot;%1&quot; and none for &quot;other&quot;: add one to quotadesk.task_estimates.</source>
        <translation>Keine Token-Schätzung für Aufgabe „%1“ und keine für „other“: Fügen Sie eine in quotadesk.task_estimates hinzu.</translation>
    </message>
    <message>
        <location filename="../models/QuotaService.cpp" line="215"/>
        <source>The estimated token count must be a positive number, not %1.</source>
        <translation>Die geschätzte Tokenzahl muss eine positive Zahl sein, nicht %1.</translation>
    </message>
    <message>
        <location filename="../models/QuotaService.cpp" line="248"/>
        <source>Daily quota exceeded: %1 of %2 tokens used today; resets at %3.</source>
        <translation>Tageskontingent überschritten: %1 von %2 Tokens heute verbraucht; nächste Zurücksetzung: %3.</translation>
    </message>
    <message>
        <location filename="../models/QuotaService.cpp" line="252"/>
        <source>Not enough daily quota: this request needs about %1 tokens, only %2 of %3 are left today; resets at %4.</source>
        <translation>Tageskontingent reicht nicht: Diese Anfrage braucht etwa %1 Tokens, heute sind nur noch %2 von %3 übrig; nächste Zurücksetzung: %4.</translation>
    </message>
    <message>
        <location filename="../models/QuotaService.cpp" line="259"/>
        <source>Monthly quota exceeded: %1 of %2 tokens used this month; resets at %3.</source>
        <translation>Monatskontingent überschritten: %1 von %2 Tokens in diesem Monat verbraucht; nächste Zurücksetzung: %3.</translation>
    </message>
    <message>
        <location filename="../models/QuotaService.cpp" line="263"/>
        <source>Not enough monthly quota: this request needs about %1 tokens, only %2 of %3 are left this month; resets at %4.</source>
        <translation>Monatskontingent reicht nicht: Diese Anfrage braucht etwa %1 Tokens, in diesem Monat sind nur noch %2 von %3 übrig; nächste Zurücksetzung: %4.</translation>
    </message>
    <message>
        <location filename="../models/QuotaService.cpp" line="268"/>
        <source>Hourly call limit reached: %1 of %2 calls in the last 60 minutes; try again later.</source>
        <translation>Stündliches Aufruflimit erreicht: %1 von %2 Aufrufen in den letzten 60 Minuten; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../models/QuotaService.cpp" line="272"/>
        <source>Allowed: about %1 tokens.</source>
        <translation>Erlaubt: etwa %1 Tokens.</translation>
    </message>
    <message>
        <location filename="../models/QuotaService.cpp" line="282"/>
        <source>The period to reset must be daily, monthly or hourly, not &quot;%1&quot;.</source>
        <translation>Der zurückzusetzende Zeitraum muss daily, monthly oder hourly sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../models/QuotaService.cpp" line="284"/>
        <source>A quota reset needs a reason: say why it is reset.</source>
        <translation>Das Zurücksetzen eines Kontingents braucht einen Grund: Geben Sie an, warum es zurückgesetzt wird.</translation>
    </message>
    <message>
        <location filename="../models/QuotaService.cpp" line="286"/>
        <source>No user was selected to reset.</source>
        <translation>Es wurde kein Nutzer zum Zurücksetzen ausgewählt.</translation>
    </message>
    <message>
        <location filename="../models/QuotaService.cpp" line="302"/>
        <source>No user with id %1: nothing was reset.</source>
        <translation>Kein Nutzer mit ID %1: Nichts wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../models/QuotaService.cpp" line="359"/>
        <source>No plan given: name the plan whose limits to set.</source>
        <translation>Kein Tarif angegeben: Nennen Sie den Tarif, dessen Limits gesetzt werden sollen.</translation>
    </message>
    <message>
        <location filename="../models/QuotaService.cpp" line="361"/>
        <source>The daily token limit must be zero or more (or empty for unlimited), not %1.</source>
        <translation>Das tägliche Token-Limit muss null oder mehr sein (oder leer für unbegrenzt), nicht %1.</translation>
    </message>
    <message>
        <location filename="../models/QuotaService.cpp" line="363"/>
        <source>The monthly token limit must be zero or more (or empty for unlimited), not %1.</source>
        <translation>Das monatliche Token-Limit muss null oder mehr sein (oder leer für unbegrenzt), nicht %1.</translation>
    </message>
    <message>
        <location filename="../models/QuotaService.cpp" line="365"/>
        <source>The hourly call limit must be between 0 and %1 (or empty for unlimited), not %2.</source>
        <translation>Das stündliche Aufruflimit muss zwischen 0 und %1 liegen (oder leer für unbegrenzt), nicht %2.</translation>
    </message>
</context>
<context>
    <name>QuotaTableModel</name>
    <message>
        <location filename="../models/QuotaTableModel.cpp" line="93"/>
        <source>Exceeded</source>
        <translation>Überschritten</translation>
    </message>
    <message>
        <location filename="../models/QuotaTableModel.cpp" line="95"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../models/QuotaTableModel.cpp" line="97"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../models/QuotaTableModel.cpp" line="99"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../models/QuotaTableModel.cpp" line="147"/>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <location filename="../models/QuotaTableModel.cpp" line="147"/>
        <source>%1 (id %2), inactive account</source>
        <translation>%1 (ID %2), inaktives Konto</translation>
    </message>
    <message>
        <location filename="../models/QuotaTableModel.cpp" line="149"/>
        <source>Plan &quot;%1&quot; has no limits row: freemium&apos;s limits apply until one is added.</source>
        <translation>Tarif „%1“ hat keine Limit-Zeile: Bis eine hinzugefügt wird, gelten die Limits von freemium.</translation>
    </message>
    <message>
        <location filename="../models/QuotaTableModel.cpp" line="151"/>
        <source>Unlimited on plan &quot;%1&quot;.</source>
        <translation>Unbegrenzt im Tarif „%1“.</translation>
    </message>
    <message>
        <location filename="../models/QuotaTableModel.cpp" line="185"/>
        <source>%1 (no limits: freemium&apos;s apply)</source>
        <translation>%1 (keine Limits: die von freemium gelten)</translation>
    </message>
    <message>
        <location filename="../models/QuotaTableModel.cpp" line="194"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../models/QuotaTableModel.cpp" line="196"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../models/QuotaTableModel.cpp" line="196"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../models/QuotaTableModel.cpp" line="237"/>
        <source>Tokens of successful calls since 00:00 UTC (after the latest daily reset)</source>
        <translation>Tokens erfolgreicher Aufrufe seit 00:00 UTC (nach der letzten täglichen Zurücksetzung)</translation>
    </message>
    <message>
        <location filename="../models/QuotaTableModel.cpp" line="239"/>
        <source>Tokens of successful calls since the 1st of the month, 00:00 UTC (after the latest monthly reset)</source>
        <translation>Tokens erfolgreicher Aufrufe seit dem 1. des Monats, 00:00 UTC (nach der letzten monatlichen Zurücksetzung)</translation>
    </message>
    <message>
        <location filename="../models/QuotaTableModel.cpp" line="241"/>
        <source>Calls of any status in the last 60 minutes (after the latest hourly reset)</source>
        <translation>Aufrufe mit beliebigem Status in den letzten 60 Minuten (nach der letzten stündlichen Zurücksetzung)</translation>
    </message>
    <message>
        <location filename="../models/QuotaTableModel.cpp" line="249"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/QuotaTableModel.cpp" line="251"/>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <location filename="../models/QuotaTableModel.cpp" line="253"/>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../models/QuotaTableModel.cpp" line="255"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../models/QuotaTableModel.cpp" line="257"/>
        <source>Daily limit</source>
        <translation>Tageslimit</translation>
    </message>
    <message>
        <location filename="../models/QuotaTableModel.cpp" line="259"/>
        <source>Daily %</source>
        <translation>Tag %</translation>
    </message>
    <message>
        <location filename="../models/QuotaTableModel.cpp" line="261"/>
        <source>Daily level</source>
        <translation>Tagesstufe</translation>
    </message>
    <message>
        <location filename="../models/QuotaTableModel.cpp" line="263"/>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <location filename="../models/QuotaTableModel.cpp" line="265"/>
        <source>Monthly limit</source>
        <translation>Monatslimit</translation>
    </message>
    <message>
        <location filename="../models/QuotaTableModel.cpp" line="267"/>
        <source>Monthly %</source>
        <translation>Monat %</translation>
    </message>
    <message>
        <location filename="../models/QuotaTableModel.cpp" line="269"/>
        <source>Monthly level</source>
        <translation>Monatsstufe</translation>
    </message>
    <message>
        <location filename="../models/QuotaTableModel.cpp" line="271"/>
        <source>Calls, 60 min</source>
        <translation>Aufrufe, 60 Min.</translation>
    </message>
    <message>
        <location filename="../models/QuotaTableModel.cpp" line="273"/>
        <source>Hourly limit</source>
        <translation>Stundenlimit</translation>
    </message>
    <message>
        <location filename="../models/QuotaTableModel.cpp" line="275"/>
        <source>Hourly %</source>
        <translation>Stunde %</translation>
    </message>
    <message>
        <location filename="../models/QuotaTableModel.cpp" line="277"/>
        <source>Hourly level</source>
        <translation>Stundenstufe</translation>
    </message>
</context>
<context>
    <name>Quotactl</name>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="64"/>
        <source>Staff account (id or email) taking the action; default $QUOTADESK_STAFF.</source>
        <translation>Mitarbeiterkonto (ID oder E-Mail), das die Aktion ausführt; Standard: $QUOTADESK_STAFF.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="64"/>
        <source>STAFF</source>
        <translation>MITARBEITER</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="67"/>
        <source>Create or update Quotadesk&apos;s schema (upstream tables only where missing).</source>
        <translation>Quotadesk-Schema anlegen oder aktualisieren (Upstream-Tabellen nur, wo sie fehlen).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="69"/>
        <source>Quota status of every user, from one query.</source>
        <translation>Kontingentstatus aller Nutzer, aus einer Abfrage.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="71"/>
        <source>Only users at this daily level or above: ok, warning, critical, exceeded.</source>
        <translation>Nur Nutzer ab dieser Tagesstufe: ok, warning, critical, exceeded.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="71"/>
        <location filename="../app/quotactl/Quotactl.cpp" line="456"/>
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="72"/>
        <source>Sort by daily, monthly or hourly percentage (default daily).</source>
        <translation>Nach täglichem, monatlichem oder stündlichem Prozentsatz sortieren: daily, monthly oder hourly (Standard: daily).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="72"/>
        <location filename="../app/quotactl/Quotactl.cpp" line="451"/>
        <source>WINDOW</source>
        <translation>ZEITRAUM</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="73"/>
        <source>Show at most N users (0 = all).</source>
        <translation>Höchstens N Nutzer anzeigen (0 = alle).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="73"/>
        <location filename="../app/quotactl/Quotactl.cpp" line="84"/>
        <location filename="../app/quotactl/Quotactl.cpp" line="99"/>
        <location filename="../app/quotactl/Quotactl.cpp" line="121"/>
        <location filename="../app/quotactl/Quotactl.cpp" line="129"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="74"/>
        <source>Evaluate at this UTC time (ISO 8601) instead of now.</source>
        <translation>Zu dieser UTC-Zeit (ISO 8601) statt jetzt auswerten.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="74"/>
        <location filename="../app/quotactl/Quotactl.cpp" line="78"/>
        <location filename="../app/quotactl/Quotactl.cpp" line="95"/>
        <location filename="../app/quotactl/Quotactl.cpp" line="124"/>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="77"/>
        <location filename="../app/quotactl/Quotactl.cpp" line="80"/>
        <location filename="../app/quotactl/Quotactl.cpp" line="81"/>
        <location filename="../app/quotactl/Quotactl.cpp" line="104"/>
        <location filename="../app/quotactl/Quotactl.cpp" line="109"/>
        <source>USER</source>
        <translation>NUTZER</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="77"/>
        <source>Daily, monthly and hourly usage of one user against their plan.</source>
        <translation>Tägliche, monatliche und stündliche Nutzung eines Nutzers im Vergleich zu seinem Tarif.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="78"/>
        <source>Evaluate at this UTC time (ISO 8601).</source>
        <translation>Zu dieser UTC-Zeit (ISO 8601) auswerten.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="80"/>
        <source>The quota limits of a user&apos;s plan.</source>
        <translation>Die Kontingentlimits des Tarifs eines Nutzers.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="81"/>
        <source>Would a task be allowed now? Exit 0 allowed, 3 refused, 2 error.</source>
        <translation>Wäre eine Aufgabe jetzt erlaubt? Exit-Code 0 erlaubt, 3 abgelehnt, 2 Fehler.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="83"/>
        <source>Task type: extraction, cv_draft, cover_letter, validation, ...</source>
        <translation>Aufgabentyp: extraction, cv_draft, cover_letter, validation, ...</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="83"/>
        <source>TASK</source>
        <translation>AUFGABE</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="84"/>
        <source>Estimated tokens (default: the task&apos;s estimate).</source>
        <translation>Geschätzte Tokens (Standard: die Schätzung der Aufgabe).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="87"/>
        <source>USER...</source>
        <translation>NUTZER...</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="87"/>
        <source>Reset the quota of one or more users (recorded and audited; usage is kept).</source>
        <translation>Kontingent eines oder mehrerer Nutzer zurücksetzen (erfasst und protokolliert; die Nutzung bleibt erhalten).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="89"/>
        <source>daily, monthly or hourly.</source>
        <translation>daily, monthly oder hourly.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="89"/>
        <source>PERIOD</source>
        <translation>ZEITRAUM</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="90"/>
        <source>Why (required; goes to the audit log).</source>
        <translation>Grund (erforderlich; kommt ins Prüfprotokoll).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="90"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="94"/>
        <source>Cache size, hits, savings and hit rate (SQL aggregates).</source>
        <translation>Cache-Größe, Treffer, Ersparnis und Trefferquote (SQL-Aggregate).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="95"/>
        <source>Hit rate from this UTC time (default: all recorded lookups).</source>
        <translation>Trefferquote ab dieser UTC-Zeit (Standard: alle erfassten Abfragen).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="97"/>
        <source>Delete expired cache rows, in batches (audited).</source>
        <translation>Abgelaufene Cache-Zeilen stapelweise löschen (protokolliert).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="99"/>
        <source>Rows per batch (default 5000).</source>
        <translation>Zeilen pro Stapel (Standard 5000).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="100"/>
        <source>Only count what would be deleted.</source>
        <translation>Nur zählen, was gelöscht würde.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="104"/>
        <source>Delete one user&apos;s non-system cache rows (audited).</source>
        <translation>Nicht-System-Cache-Zeilen eines Nutzers löschen (protokolliert).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="106"/>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="106"/>
        <source>Delete one cache entry (audited).</source>
        <translation>Einen Cache-Eintrag löschen (protokolliert).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="108"/>
        <source>Cache type: system, session, content, extraction.</source>
        <translation>Cache-Typ: system, session, content, extraction.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="108"/>
        <location filename="../app/quotactl/Quotactl.cpp" line="591"/>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="109"/>
        <source>Owner of the entry (id or email).</source>
        <translation>Eigentümer des Eintrags (ID oder E-Mail).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="113"/>
        <source>Upsert the system prompts (default set, or a JSON file key → text; audited).</source>
        <translation>System-Prompts einfügen oder aktualisieren (Standardsatz oder eine JSON-Datei Schlüssel → Text; protokolliert).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="115"/>
        <source>JSON file of prompts (default: the built-in set).</source>
        <translation>JSON-Datei mit Prompts (Standard: der eingebaute Satz).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="115"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="119"/>
        <source>Load deterministic demo data (users, usage, cache rows).</source>
        <translation>Deterministische Demo-Daten laden (Nutzer, Nutzung, Cache-Zeilen).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="121"/>
        <source>Number of users (default 2000).</source>
        <translation>Anzahl der Nutzer (Standard 2000).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="122"/>
        <source>Days of usage history (default 30).</source>
        <translation>Tage des Nutzungsverlaufs (Standard 30).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="122"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="123"/>
        <location filename="../app/quotactl/Quotactl.cpp" line="132"/>
        <source>Random seed (default 1).</source>
        <translation>Zufalls-Seed (Standard 1).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="123"/>
        <location filename="../app/quotactl/Quotactl.cpp" line="130"/>
        <location filename="../app/quotactl/Quotactl.cpp" line="132"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="124"/>
        <source>Pretend it is this UTC time (default now).</source>
        <translation>So tun, als wäre es diese UTC-Zeit (Standard: jetzt).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="127"/>
        <source>Send realistic traffic through quota check, cache and generator.</source>
        <translation>Realistischen Verkehr durch Kontingentprüfung, Cache und Generator schicken.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="129"/>
        <source>Stop after N requests (default 500; 0 = until --duration).</source>
        <translation>Nach N Anfragen anhalten (Standard 500; 0 = bis --duration).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="130"/>
        <source>Stop after S seconds (default: no limit).</source>
        <translation>Nach S Sekunden anhalten (Standard: keine Grenze).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="131"/>
        <source>Requests per second (default: as fast as possible).</source>
        <translation>Anfragen pro Sekunde (Standard: so schnell wie möglich).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="131"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="152"/>
        <source>Connection: postgresql:// URI, key=value string, service=NAME or database name (default: PG* environment).</source>
        <translation>Verbindung: postgresql://-URI, key=value-Zeichenfolge, service=NAME oder Datenbankname (Standard: PG*-Umgebung).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="153"/>
        <source>CONN</source>
        <translation>VERBINDUNG</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="154"/>
        <source>Print JSON (the REST API&apos;s field names) instead of tables.</source>
        <translation>JSON (mit den Feldnamen der REST-API) statt Tabellen ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="155"/>
        <source>Run on a private demo database (started, filled and removed on exit).</source>
        <translation>Mit einer privaten Demo-Datenbank arbeiten (gestartet, befüllt und beim Beenden entfernt).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="160"/>
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
        <location filename="../app/quotactl/Quotactl.cpp" line="169"/>
        <source>
Global options:
  -d, --database CONN  postgresql:// URI, key=value, service=NAME or a database name;
                       default: libpq&apos;s PG* variables, service file and ~/.pgpass
  --json               JSON output for scripts and cron
  --demo               run on a private demo database
  -h, --help           help (also: quotactl COMMAND --help)
  -v, --version        version

Exit codes: 0 done, 2 error, 3 refused (check).
</source>
        <translation>
Globale Optionen:
  -d, --database VERBINDUNG  postgresql://-URI, key=value, service=NAME oder ein Datenbankname;
                             Standard: PG*-Variablen von libpq, Dienstdatei und ~/.pgpass
  --json                     JSON-Ausgabe für Skripte und cron
  --demo                     mit einer privaten Demo-Datenbank arbeiten
  -h, --help                 Hilfe (auch: quotactl BEFEHL --help)
  -v, --version              Version

Exit-Codes: 0 erledigt, 2 Fehler, 3 abgelehnt (check).
</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="215"/>
        <source>unknown command &quot;%1&quot;; see quotactl --help</source>
        <translation>unbekannter Befehl „%1“; siehe quotactl --help</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="252"/>
        <source>Starting a private PostgreSQL with demo data...</source>
        <translation>Privates PostgreSQL mit Demo-Daten wird gestartet...</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="268"/>
        <source>Demo database ready in %1 s: %2 users, %3 usage rows, %4 cache rows; staff account %5.</source>
        <translation>Demo-Datenbank in %1 s bereit: %2 Nutzer, %3 Nutzungszeilen, %4 Cache-Zeilen; Mitarbeiterkonto %5.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="306"/>
        <source>Admin actions need the acting staff account: --as STAFF (id or email) or QUOTADESK_STAFF.</source>
        <translation>Verwaltungsaktionen brauchen das handelnde Mitarbeiterkonto: --as MITARBEITER (ID oder E-Mail) oder QUOTADESK_STAFF.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="317"/>
        <source>--%1 must be a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation>--%1 muss eine ganze Zahl ab 0 sein, nicht „%2“.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="328"/>
        <location filename="../app/quotactl/Quotactl.cpp" line="459"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="343"/>
        <source>Schema is at version %1; nothing to do.</source>
        <translation>Schema ist auf Version %1; nichts zu tun.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="345"/>
        <source>Schema updated from version %1 to %2: %3</source>
        <translation>Schema von Version %1 auf %2 aktualisiert: %3</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="355"/>
        <source>--level must be one of ok, warning, critical, exceeded.</source>
        <translation>--level muss ok, warning, critical oder exceeded sein.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="358"/>
        <source>--sort must be daily, monthly or hourly.</source>
        <translation>--sort muss daily, monthly oder hourly sein.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="364"/>
        <location filename="../app/quotactl/Quotactl.cpp" line="440"/>
        <location filename="../app/quotactl/Quotactl.cpp" line="722"/>
        <source>--at must be an ISO 8601 time, e.g. 2026-11-24T13:00:00Z.</source>
        <translation>--at muss eine ISO 8601-Zeit sein, z. B. 2026-11-24T13:00:00Z.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="402"/>
        <source>%1 users. Daily level: %2 ok, %3 warning, %4 critical, %5 exceeded.</source>
        <translation>%1 Nutzer. Tagesstufe: %2 OK, %3 Warnung, %4 kritisch, %5 überschritten.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="407"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="408"/>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="409"/>
        <source>PLAN</source>
        <translation>TARIF</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="410"/>
        <source>TODAY</source>
        <translation>HEUTE</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="411"/>
        <source>DAY LIMIT</source>
        <translation>TAGESLIMIT</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="412"/>
        <source>DAY %</source>
        <translation>TAG %</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="413"/>
        <source>DAY LEVEL</source>
        <translation>TAGESSTUFE</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="414"/>
        <source>MONTH</source>
        <translation>MONAT</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="415"/>
        <source>MONTH LIMIT</source>
        <translation>MONATSLIMIT</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="416"/>
        <source>MONTH %</source>
        <translation>MONAT %</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="417"/>
        <source>CALLS/H</source>
        <translation>AUFRUFE/H</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="418"/>
        <source>CALL LIMIT</source>
        <translation>AUFRUFLIMIT</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="420"/>
        <source>%1 (no limits: freemium)</source>
        <translation>%1 (keine Limits: freemium)</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="427"/>
        <source>(%1 of %2 users shown)</source>
        <translation>(%1 von %2 Nutzern angezeigt)</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="434"/>
        <source>status needs exactly one USER (id or email).</source>
        <translation>status braucht genau einen NUTZER (ID oder E-Mail).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="448"/>
        <source>User     %1  %2 (%3)</source>
        <translation>Nutzer   %1  %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="449"/>
        <source>Plan     %1%2</source>
        <translation>Tarif    %1%2</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="449"/>
        <location filename="../app/quotactl/Quotactl.cpp" line="485"/>
        <source>  (no limits row: freemium limits apply)</source>
        <translation>  (keine Limit-Zeile: Limits von freemium gelten)</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="452"/>
        <source>USED</source>
        <translation>VERBRAUCHT</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="453"/>
        <source>LIMIT</source>
        <translation>LIMIT</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="454"/>
        <source>REMAINING</source>
        <translation>ÜBRIG</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="455"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="457"/>
        <source>RESETS AT</source>
        <translation>ZURÜCKSETZUNG</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="462"/>
        <source>daily tokens</source>
        <translation>Tokens pro Tag</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="463"/>
        <source>monthly tokens</source>
        <translation>Tokens pro Monat</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="464"/>
        <source>calls, last hour</source>
        <translation>Aufrufe, letzte Stunde</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="464"/>
        <source>rolling</source>
        <translation>gleitend</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="467"/>
        <source>Note: %1 usage rows this month have negative token counts; they count as 0.</source>
        <translation>Hinweis: %1 Nutzungszeilen dieses Monats haben negative Tokenzahlen; sie zählen als 0.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="474"/>
        <source>limits needs exactly one USER (id or email).</source>
        <translation>limits braucht genau einen NUTZER (ID oder E-Mail).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="485"/>
        <source>Plan            %1%2</source>
        <translation>Tarif             %1%2</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="486"/>
        <source>Daily tokens    %1</source>
        <translation>Tokens pro Tag    %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="487"/>
        <source>Monthly tokens  %1</source>
        <translation>Tokens pro Monat  %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="488"/>
        <source>Calls per hour  %1</source>
        <translation>Aufrufe pro Std.  %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="495"/>
        <source>check needs exactly one USER (id or email).</source>
        <translation>check braucht genau einen NUTZER (ID oder E-Mail).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="498"/>
        <source>check needs --task (extraction, cv_draft, cover_letter, validation, ...).</source>
        <translation>check braucht --task (extraction, cv_draft, cover_letter, validation, ...).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="504"/>
        <source>--tokens must be a positive whole number, not &quot;%1&quot;.</source>
        <translation>--tokens muss eine positive ganze Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="516"/>
        <source>allowed: %1 for %2 needs about %3 tokens.</source>
        <translation>erlaubt: %1 für %2 braucht etwa %3 Tokens.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="518"/>
        <source>refused (%1): %2</source>
        <translation>abgelehnt (%1): %2</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="525"/>
        <source>reset needs at least one USER (id or email).</source>
        <translation>reset braucht mindestens einen NUTZER (ID oder E-Mail).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="528"/>
        <source>reset needs --period daily, monthly or hourly.</source>
        <translation>reset braucht --period daily, monthly oder hourly.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="531"/>
        <source>reset needs --reason: it goes to the audit log.</source>
        <translation>reset braucht --reason: Der Grund kommt ins Prüfprotokoll.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="540"/>
        <location filename="../app/quotactl/Quotactl.cpp" line="546"/>
        <source>%1 Nothing was reset.</source>
        <translation>%1 Nichts wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="555"/>
        <source>Reset the %1 quota of %2 user(s): %3. Recorded in the audit log as %4.</source>
        <translation>Kontingent %1 von %2 Nutzer(n) zurückgesetzt: %3. Im Prüfprotokoll erfasst als %4.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="568"/>
        <source>--since must be an ISO 8601 time, e.g. 2026-11-01T00:00:00Z.</source>
        <translation>--since muss eine ISO 8601-Zeit sein, z. B. 2026-11-01T00:00:00Z.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="578"/>
        <source>Entries        %1 (%2 expired)</source>
        <translation>Einträge       %1 (%2 abgelaufen)</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="579"/>
        <source>Hits           %1</source>
        <translation>Treffer        %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="580"/>
        <source>Cost saved     $%1</source>
        <translation>Ersparnis      $%1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="581"/>
        <source>Storage        %1 MB</source>
        <translation>Speicher       %1 MB</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="582"/>
        <source>Average TTL    %1</source>
        <translation>Mittlere TTL   %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="582"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="582"/>
        <source>none expire</source>
        <translation>keine laufen ab</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="584"/>
        <source>Hit rate       %1% (%2 hits, %3 misses recorded)</source>
        <translation>Trefferquote   %1 % (%2 Treffer, %3 Fehltreffer erfasst)</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="586"/>
        <source>Hit rate       unknown: no lookups recorded (entry reuse: %1 hits per entry)</source>
        <translation>Trefferquote   unbekannt: keine Abfragen erfasst (Wiederverwendung: %1 Treffer pro Eintrag)</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="592"/>
        <source>ENTRIES</source>
        <translation>EINTRÄGE</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="593"/>
        <source>EXPIRED</source>
        <translation>ABGELAUFEN</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="594"/>
        <source>HITS</source>
        <translation>TREFFER</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="595"/>
        <source>STORAGE MB</source>
        <translation>SPEICHER MB</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="596"/>
        <source>SAVED USD</source>
        <translation>ERSPART USD</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="614"/>
        <source>--batch must be between 1 and 1000000.</source>
        <translation>--batch muss zwischen 1 und 1000000 liegen.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="623"/>
        <source>%1 expired cache rows would be deleted.</source>
        <translation>%1 abgelaufene Cache-Zeilen würden gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="630"/>
        <source>%1 expired cache rows to delete.</source>
        <translation>%1 abgelaufene Cache-Zeilen zu löschen.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="637"/>
        <source>%1 expired rows deleted in %2 batch(es)%3.</source>
        <translation>%1 abgelaufene Zeilen in %2 Stapel(n) gelöscht%3.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="640"/>
        <source> (interrupted; the audit log has the exact count)</source>
        <translation> (unterbrochen; das Prüfprotokoll enthält die genaue Anzahl)</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="648"/>
        <source>cleanup-user needs exactly one USER (id or email).</source>
        <translation>cleanup-user braucht genau einen NUTZER (ID oder E-Mail).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="661"/>
        <source>%1 cache rows of %2 deleted (system rows kept).</source>
        <translation>%1 Cache-Zeilen von %2 gelöscht (System-Zeilen behalten).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="668"/>
        <source>delete-cache needs exactly one KEY.</source>
        <translation>delete-cache braucht genau einen SCHLÜSSEL.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="686"/>
        <source>%1 cache entries deleted.</source>
        <translation>%1 Cache-Einträge gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="704"/>
        <source>System prompts: %1 inserted, %2 updated, %3 unchanged.</source>
        <translation>System-Prompts: %1 eingefügt, %2 aktualisiert, %3 unverändert.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="731"/>
        <source>Loaded %1 users, %2 usage rows, %3 cache rows (%4 expired) in %5 s. Staff account: %6</source>
        <translation>%1 Nutzer, %2 Nutzungszeilen, %3 Cache-Zeilen (%4 abgelaufen) in %5 s geladen. Mitarbeiterkonto: %6</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="752"/>
        <source>simulate needs --requests or --duration, or it would never stop.</source>
        <translation>simulate braucht --requests oder --duration, sonst würde es nie anhalten.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="779"/>
        <source>%1 requests in %2 s: %3 cache hits, %4 misses, %5 refused by quota, %6 provider errors.</source>
        <translation>%1 Anfragen in %2 s: %3 Cache-Treffer, %4 Fehltreffer, %5 vom Kontingent abgelehnt, %6 Anbieterfehler.</translation>
    </message>
</context>
<context>
    <name>QuotasPage</name>
    <message>
        <location filename="../ui/QuotasPage.h" line="41"/>
        <location filename="../ui/QuotasPage.cpp" line="41"/>
        <source>Quotas</source>
        <translation>Kontingente</translation>
    </message>
    <message>
        <location filename="../ui/QuotasPage.cpp" line="84"/>
        <source>Filter by email, name or user id</source>
        <translation>Nach E-Mail, Name oder Nutzer-ID filtern</translation>
    </message>
    <message>
        <location filename="../ui/QuotasPage.cpp" line="88"/>
        <location filename="../ui/QuotasPage.cpp" line="254"/>
        <source>All plans</source>
        <translation>Alle Tarife</translation>
    </message>
    <message>
        <location filename="../ui/QuotasPage.cpp" line="92"/>
        <source>The highest level of the user&apos;s daily, monthly and hourly quotas</source>
        <translation>Die höchste Stufe der täglichen, monatlichen und stündlichen Kontingente des Nutzers</translation>
    </message>
    <message>
        <location filename="../ui/QuotasPage.cpp" line="93"/>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <location filename="../ui/QuotasPage.cpp" line="94"/>
        <source>At risk (warning or above)</source>
        <translation>Gefährdet (ab Warnung)</translation>
    </message>
    <message>
        <location filename="../ui/QuotasPage.cpp" line="99"/>
        <location filename="../ui/QuotasPage.cpp" line="275"/>
        <source>Reset quota…</source>
        <translation>Kontingent zurücksetzen…</translation>
    </message>
    <message>
        <location filename="../ui/QuotasPage.cpp" line="101"/>
        <source>Reset the daily, monthly or hourly quota of the selected users (audited)</source>
        <translation>Das tägliche, monatliche oder stündliche Kontingent der ausgewählten Nutzer zurücksetzen (protokolliert)</translation>
    </message>
    <message>
        <location filename="../ui/QuotasPage.cpp" line="102"/>
        <source>&amp;Plan:</source>
        <translation>&amp;Tarif:</translation>
    </message>
    <message>
        <location filename="../ui/QuotasPage.cpp" line="104"/>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <location filename="../ui/QuotasPage.cpp" line="239"/>
        <source>as of %1 local time (%2 UTC)</source>
        <translation>Stand %1 Ortszeit (%2 UTC)</translation>
    </message>
    <message>
        <location filename="../ui/QuotasPage.cpp" line="258"/>
        <source>Plans without limits</source>
        <translation>Tarife ohne Limits</translation>
    </message>
    <message>
        <location filename="../ui/QuotasPage.cpp" line="268"/>
        <source>%1 of %2 users</source>
        <translation>%1 von %2 Nutzern</translation>
    </message>
    <message>
        <location filename="../ui/QuotasPage.cpp" line="275"/>
        <source>Reset quota of %1 users…</source>
        <translation>Kontingent von %1 Nutzern zurücksetzen…</translation>
    </message>
    <message>
        <location filename="../ui/QuotasPage.cpp" line="364"/>
        <source>The history could not be loaded: %1</source>
        <translation>Der Verlauf konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/QuotasPage.cpp" line="385"/>
        <location filename="../ui/QuotasPage.cpp" line="406"/>
        <location filename="../ui/QuotasPage.cpp" line="421"/>
        <location filename="../ui/QuotasPage.cpp" line="426"/>
        <source>Reset quota</source>
        <translation>Kontingent zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/QuotasPage.cpp" line="385"/>
        <source>A quota reset needs a reason: say why it is reset. Nothing was reset.</source>
        <translation>Das Zurücksetzen eines Kontingents braucht einen Grund: Geben Sie an, warum es zurückgesetzt wird. Nichts wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../ui/QuotasPage.cpp" line="397"/>
        <source>Reset the %1 quota of %2? Usage rows are kept; the reset is recorded in the audit log as %3.</source>
        <translation>Kontingent (%1) von %2 zurücksetzen? Nutzungszeilen bleiben erhalten; das Zurücksetzen wird im Prüfprotokoll als %3 erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/QuotasPage.cpp" line="402"/>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <location filename="../ui/QuotasPage.cpp" line="403"/>
        <source>Reset the %1 quota of %2 users: %3? Usage rows are kept; the reset is recorded in the audit log as %4.</source>
        <translation>Kontingent (%1) von %2 Nutzern zurücksetzen: %3? Nutzungszeilen bleiben erhalten; das Zurücksetzen wird im Prüfprotokoll als %4 erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/QuotasPage.cpp" line="406"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/QuotasPage.cpp" line="421"/>
        <source>Nothing was reset: %1</source>
        <translation>Nichts wurde zurückgesetzt: %1</translation>
    </message>
    <message>
        <location filename="../ui/QuotasPage.cpp" line="424"/>
        <source>The %1 quota of %2 was reset.</source>
        <translation>Das Kontingent (%1) von %2 wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../ui/QuotasPage.cpp" line="425"/>
        <source>The %1 quota of %2 users was reset.</source>
        <translation>Das Kontingent (%1) von %2 Nutzern wurde zurückgesetzt.</translation>
    </message>
</context>
<context>
    <name>ResetQuotaDialog</name>
    <message>
        <location filename="../ui/ResetQuotaDialog.cpp" line="17"/>
        <source>Reset quota of %1</source>
        <translation>Kontingent von %1 zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/ResetQuotaDialog.cpp" line="18"/>
        <source>Reset quota of %1 users</source>
        <translation>Kontingent von %1 Nutzern zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/ResetQuotaDialog.cpp" line="23"/>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <location filename="../ui/ResetQuotaDialog.cpp" line="24"/>
        <source>The usage of the chosen period counts again from now for: %1. Usage rows are kept, and the reset is recorded in the audit log.</source>
        <translation>Die Nutzung des gewählten Zeitraums zählt ab jetzt neu für: %1. Nutzungszeilen bleiben erhalten, und das Zurücksetzen wird im Prüfprotokoll erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/ResetQuotaDialog.cpp" line="35"/>
        <source>Daily tokens (today, UTC)</source>
        <translation>Tägliche Tokens (heute, UTC)</translation>
    </message>
    <message>
        <location filename="../ui/ResetQuotaDialog.cpp" line="35"/>
        <source>Monthly tokens (this month, UTC)</source>
        <translation>Monatliche Tokens (dieser Monat, UTC)</translation>
    </message>
    <message>
        <location filename="../ui/ResetQuotaDialog.cpp" line="35"/>
        <source>Hourly calls (last 60 minutes)</source>
        <translation>Stündliche Aufrufe (letzte 60 Minuten)</translation>
    </message>
    <message>
        <location filename="../ui/ResetQuotaDialog.cpp" line="39"/>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location filename="../ui/ResetQuotaDialog.cpp" line="42"/>
        <source>Required, e.g. &quot;Support ticket 4711: billing error&quot;</source>
        <translation>Erforderlich, z. B. „Support-Ticket 4711: Abrechnungsfehler“</translation>
    </message>
    <message>
        <location filename="../ui/ResetQuotaDialog.cpp" line="44"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../ui/ResetQuotaDialog.cpp" line="48"/>
        <source>Continue…</source>
        <translation>Weiter…</translation>
    </message>
    <message>
        <location filename="../ui/ResetQuotaDialog.cpp" line="87"/>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <location filename="../ui/ResetQuotaDialog.cpp" line="89"/>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <location filename="../ui/ResetQuotaDialog.cpp" line="91"/>
        <source>hourly</source>
        <translation>stündlich</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../ui/StaffDialog.cpp" line="15"/>
        <source>Who is at the keyboard?</source>
        <translation>Wer sitzt an der Tastatur?</translation>
    </message>
    <message>
        <location filename="../ui/StaffDialog.cpp" line="17"/>
        <source>Admin actions are recorded in the audit log under a staff account. Choose yours; Quotadesk remembers it.</source>
        <translation>Verwaltungsaktionen werden im Prüfprotokoll unter einem Mitarbeiterkonto erfasst. Wählen Sie Ihres; Quotadesk merkt es sich.</translation>
    </message>
    <message>
        <location filename="../ui/StaffDialog.cpp" line="25"/>
        <source>Loading staff accounts…</source>
        <translation>Mitarbeiterkonten werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/StaffDialog.cpp" line="42"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/StaffDialog.cpp" line="43"/>
        <source>There is no staff account in this database.</source>
        <translation>In dieser Datenbank gibt es kein Mitarbeiterkonto.</translation>
    </message>
    <message>
        <location filename="../ui/StaffDialog.cpp" line="58"/>
        <source>Staff account</source>
        <translation>Mitarbeiterkonto</translation>
    </message>
</context>
<context>
    <name>ThrowawayPostgres</name>
    <message>
        <location filename="../models/ThrowawayPostgres.cpp" line="95"/>
        <source>Cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <location filename="../models/ThrowawayPostgres.cpp" line="99"/>
        <source>%1 did not finish in %2 s</source>
        <translation>%1 wurde nicht innerhalb von %2 s fertig</translation>
    </message>
    <message>
        <location filename="../models/ThrowawayPostgres.cpp" line="103"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../models/ThrowawayPostgres.cpp" line="121"/>
        <source>PostgreSQL server programs (initdb, pg_ctl) not found: install the package postgresql, or set QUOTADESK_PG_BINDIR.</source>
        <translation>PostgreSQL-Serverprogramme (initdb, pg_ctl) nicht gefunden: Installieren Sie das Paket postgresql oder setzen Sie QUOTADESK_PG_BINDIR.</translation>
    </message>
    <message>
        <location filename="../models/ThrowawayPostgres.cpp" line="128"/>
        <source>Running as root, but there is no &apos;postgres&apos; user to run the server: install the package postgresql.</source>
        <translation>Läuft als root, aber es gibt keinen Nutzer &apos;postgres&apos;, der den Server ausführen kann: Installieren Sie das Paket postgresql.</translation>
    </message>
    <message>
        <location filename="../models/ThrowawayPostgres.cpp" line="136"/>
        <source>Cannot create a temporary directory in %1</source>
        <translation>In %1 kann kein temporäres Verzeichnis angelegt werden</translation>
    </message>
    <message>
        <location filename="../models/ThrowawayPostgres.cpp" line="140"/>
        <source>Cannot hand %1 to the postgres user</source>
        <translation>%1 kann nicht an den Nutzer postgres übergeben werden</translation>
    </message>
    <message>
        <location filename="../models/ThrowawayPostgres.cpp" line="184"/>
        <source>%1 is not a throwaway cluster</source>
        <translation>%1 ist kein Wegwerf-Cluster</translation>
    </message>
</context>
<context>
    <name>TrafficSimulator</name>
    <message>
        <location filename="../models/TrafficSimulator.cpp" line="36"/>
        <source>There are no active customer accounts to simulate: load some with `quotactl demo-data`.</source>
        <translation>Es gibt keine aktiven Kundenkonten zum Simulieren: Laden Sie welche mit `quotactl demo-data`.</translation>
    </message>
    <message>
        <location filename="../models/TrafficSimulator.cpp" line="47"/>
        <source>The simulation has no users: call prepare() first.</source>
        <translation>Die Simulation hat keine Nutzer: Rufen Sie zuerst prepare() auf.</translation>
    </message>
</context>
<context>
    <name>UserLookup</name>
    <message>
        <location filename="../models/UserLookup.cpp" line="14"/>
        <source>No user given: name a user by id or email.</source>
        <translation>Kein Nutzer angegeben: Nennen Sie einen Nutzer per ID oder E-Mail.</translation>
    </message>
    <message>
        <location filename="../models/UserLookup.cpp" line="19"/>
        <location filename="../models/UserLookup.cpp" line="31"/>
        <source>No user with id %1.</source>
        <translation>Kein Nutzer mit ID %1.</translation>
    </message>
    <message>
        <location filename="../models/UserLookup.cpp" line="31"/>
        <source>No user with email %1.</source>
        <translation>Kein Nutzer mit E-Mail %1.</translation>
    </message>
    <message>
        <location filename="../models/UserLookup.cpp" line="48"/>
        <source>%1 is not a staff account: admin actions need a user with is_admin or a super_admin, support_agent or finance_admin role.</source>
        <translation>%1 ist kein Mitarbeiterkonto: Verwaltungsaktionen brauchen einen Nutzer mit is_admin oder der Rolle super_admin, support_agent oder finance_admin.</translation>
    </message>
    <message>
        <location filename="../models/UserLookup.cpp" line="51"/>
        <source>Staff account %1 is deactivated.</source>
        <translation>Mitarbeiterkonto %1 ist deaktiviert.</translation>
    </message>
</context>
<context>
    <name>UserQuotaPanel</name>
    <message>
        <location filename="../ui/UserQuotaPanel.cpp" line="145"/>
        <source>Daily limit (current plan)</source>
        <translation>Tageslimit (aktueller Tarif)</translation>
    </message>
    <message>
        <location filename="../ui/UserQuotaPanel.cpp" line="189"/>
        <source>No user selected</source>
        <translation>Kein Nutzer ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/UserQuotaPanel.cpp" line="190"/>
        <source>Select a user in the table or a bar in the chart.</source>
        <translation>Wählen Sie einen Nutzer in der Tabelle oder einen Balken im Diagramm aus.</translation>
    </message>
    <message>
        <location filename="../ui/UserQuotaPanel.cpp" line="191"/>
        <source>Their quota, when it resets and their last 30 days appear here.</source>
        <translation>Hier erscheinen das Kontingent, der Zeitpunkt der Zurücksetzung und die letzten 30 Tage.</translation>
    </message>
    <message>
        <location filename="../ui/UserQuotaPanel.cpp" line="199"/>
        <source>%1 · plan %2 · id %3</source>
        <translation>%1 · Tarif %2 · ID %3</translation>
    </message>
    <message>
        <location filename="../ui/UserQuotaPanel.cpp" line="200"/>
        <source>%1 (%2) · plan %3 · id %4</source>
        <translation>%1 (%2) · Tarif %3 · ID %4</translation>
    </message>
    <message>
        <location filename="../ui/UserQuotaPanel.cpp" line="202"/>
        <source>%1 · inactive account</source>
        <translation>%1 · inaktives Konto</translation>
    </message>
    <message>
        <location filename="../ui/UserQuotaPanel.cpp" line="204"/>
        <source>%1 · %2 users selected</source>
        <translation>%1 · %2 Nutzer ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/UserQuotaPanel.cpp" line="209"/>
        <source>Unlimited daily quota</source>
        <translation>Unbegrenztes Tageskontingent</translation>
    </message>
    <message>
        <location filename="../ui/UserQuotaPanel.cpp" line="210"/>
        <source>%1 tokens used today</source>
        <translation>%1 Tokens heute verbraucht</translation>
    </message>
    <message>
        <location filename="../ui/UserQuotaPanel.cpp" line="212"/>
        <source>%1% of daily quota used</source>
        <translation>%1 % des Tageskontingents verbraucht</translation>
    </message>
    <message>
        <location filename="../ui/UserQuotaPanel.cpp" line="213"/>
        <source>%1 tokens remaining</source>
        <translation>%1 Tokens übrig</translation>
    </message>
    <message>
        <location filename="../ui/UserQuotaPanel.cpp" line="218"/>
        <source>Resets %1 local time (%2 UTC), in %3 h %4 min.</source>
        <translation>Zurücksetzung %1 Ortszeit (%2 UTC), in %3 Std. %4 Min.</translation>
    </message>
    <message>
        <location filename="../ui/UserQuotaPanel.cpp" line="230"/>
        <source>Today: %1 of %2 tokens</source>
        <translation>Heute: %1 von %2 Tokens</translation>
    </message>
    <message>
        <location filename="../ui/UserQuotaPanel.cpp" line="232"/>
        <source>This month: %1 tokens (unlimited)</source>
        <translation>Dieser Monat: %1 Tokens (unbegrenzt)</translation>
    </message>
    <message>
        <location filename="../ui/UserQuotaPanel.cpp" line="234"/>
        <source>This month: %1 of %2 tokens (%3%), resets %4 UTC</source>
        <translation>Dieser Monat: %1 von %2 Tokens (%3 %), Zurücksetzung %4 UTC</translation>
    </message>
    <message>
        <location filename="../ui/UserQuotaPanel.cpp" line="238"/>
        <source>Last 60 minutes: %1 calls (unlimited)</source>
        <translation>Letzte 60 Minuten: %1 Aufrufe (unbegrenzt)</translation>
    </message>
    <message>
        <location filename="../ui/UserQuotaPanel.cpp" line="240"/>
        <source>Last 60 minutes: %1 of %2 calls (%3%)</source>
        <translation>Letzte 60 Minuten: %1 von %2 Aufrufen (%3 %)</translation>
    </message>
    <message>
        <location filename="../ui/UserQuotaPanel.cpp" line="243"/>
        <source>Plan &quot;%1&quot; has no limits row: freemium&apos;s limits apply until one is added.</source>
        <translation>Tarif „%1“ hat keine Limit-Zeile: Bis eine hinzugefügt wird, gelten die Limits von freemium.</translation>
    </message>
    <message>
        <location filename="../ui/UserQuotaPanel.cpp" line="245"/>
        <source>Last daily reset: %1 UTC</source>
        <translation>Letzte tägliche Zurücksetzung: %1 UTC</translation>
    </message>
    <message>
        <location filename="../ui/UserQuotaPanel.cpp" line="315"/>
        <source>UTC day</source>
        <translation>UTC-Tag</translation>
    </message>
    <message>
        <location filename="../ui/UserQuotaPanel.cpp" line="317"/>
        <source>Million tokens</source>
        <translation>Millionen Tokens</translation>
    </message>
    <message>
        <location filename="../ui/UserQuotaPanel.cpp" line="317"/>
        <source>Thousand tokens</source>
        <translation>Tausend Tokens</translation>
    </message>
    <message>
        <location filename="../ui/UserQuotaPanel.cpp" line="317"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/UserQuotaPanel.cpp" line="328"/>
        <source>Daily tokens of %1, last %2 days</source>
        <translation>Tägliche Tokens von %1, letzte %2 Tage</translation>
    </message>
</context>
<context>
    <name>UserUsageHistory</name>
    <message>
        <location filename="../models/UserUsageHistory.cpp" line="22"/>
        <source>The history covers 1 to 366 days, not %1.</source>
        <translation>Der Verlauf umfasst 1 bis 366 Tage, nicht %1.</translation>
    </message>
    <message>
        <location filename="../models/UserUsageHistory.cpp" line="34"/>
        <source>No user with id %1.</source>
        <translation>Kein Nutzer mit ID %1.</translation>
    </message>
</context>
<context>
    <name>UserUsageHistoryModel</name>
    <message>
        <location filename="../models/UserUsageHistoryModel.cpp" line="97"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../models/UserUsageHistoryModel.cpp" line="99"/>
        <source>Counted against the daily limit</source>
        <translation>Auf das Tageslimit angerechnet</translation>
    </message>
    <message>
        <location filename="../models/UserUsageHistoryModel.cpp" line="101"/>
        <source>Before a reset (not counted)</source>
        <translation>Vor einer Zurücksetzung (nicht angerechnet)</translation>
    </message>
    <message>
        <location filename="../models/UserUsageHistoryModel.cpp" line="103"/>
        <source>Daily limit</source>
        <translation>Tageslimit</translation>
    </message>
</context>
<context>
    <name>WorkerCore</name>
    <message>
        <location filename="../models/DatabaseWorker.cpp" line="50"/>
        <location filename="../models/DatabaseWorker.cpp" line="117"/>
        <source>The connection to the database was lost.</source>
        <translation>Die Verbindung zur Datenbank ist unterbrochen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="50"/>
        <source>Quota and AI-cache dashboard for PostgreSQL.</source>
        <translation>Dashboard für Kontingente und KI-Cache mit PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="53"/>
        <source>Run on a private demo database with live simulated traffic.</source>
        <translation>Mit einer privaten Demo-Datenbank und live simuliertem Verkehr arbeiten.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="55"/>
        <source>Connection: postgresql:// URI, key=value string, service=NAME or database name.</source>
        <translation>Verbindung: postgresql://-URI, key=value-Zeichenfolge, service=NAME oder Datenbankname.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="56"/>
        <source>CONN</source>
        <translation>VERBINDUNG</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="57"/>
        <source>Language, e.g. de or sw (default: the system&apos;s).</source>
        <translation>Sprache, z. B. de oder sw (Standard: die des Systems).</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="58"/>
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="59"/>
        <source>Save a screenshot of the page once loaded, then quit.</source>
        <translation>Nach dem Laden ein Bildschirmfoto der Seite speichern, dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="60"/>
        <location filename="../app/quotadesk/main.cpp" line="64"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="61"/>
        <source>Page to open: overview, quotas, cache or audit.</source>
        <translation>Zu öffnende Seite: overview, quotas, cache oder audit.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="62"/>
        <source>PAGE</source>
        <translation>SEITE</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="63"/>
        <source>Use this settings file instead of the user&apos;s.</source>
        <translation>Diese Einstellungsdatei statt der des Nutzers verwenden.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="65"/>
        <source>Demo: simulated requests per second (default 4).</source>
        <translation>Demo: simulierte Anfragen pro Sekunde (Standard 4).</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="66"/>
        <source>RATE</source>
        <translation>RATE</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="67"/>
        <source>Colors: light, dark or system (default).</source>
        <translation>Farben: light, dark oder system (Standard).</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="68"/>
        <source>THEME</source>
        <translation>DESIGN</translation>
    </message>
</context>
</TS>
