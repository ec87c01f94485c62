<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionFates</name>
    <message numerus="yes">
        <location filename="../models/audit/ActionFate.cpp" line="22"/>
        <source>The connection was lost, but the database confirms that the clean-up deleted %Ln rows before that (batches committed: %1; action %2). Run it again for the rest.</source>
        <translation>
            <numerusform>The connection was lost, but the database confirms that the clean-up deleted %Ln row before that (batches committed: %1; action %2). Run it again for the rest.</numerusform>
            <numerusform>The connection was lost, but the database confirms that the clean-up deleted %Ln rows before that (batches committed: %1; action %2). Run it again for the rest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertWebhook</name>
    <message numerus="yes">
        <location filename="../models/costs/AlertWebhook.cpp" line="27"/>
        <source>Quotadesk: %n alert(s)</source>
        <translation>
            <numerusform>Quotadesk: %n alert</numerusform>
            <numerusform>Quotadesk: %n alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/AuditPage.cpp" line="207"/>
        <source>Audit trail intact: %Ln rows, each as it was written (checked %1 UTC).</source>
        <translation>
            <numerusform>Audit trail intact: %Ln row, as it was written (checked %1 UTC).</numerusform>
            <numerusform>Audit trail intact: %Ln rows, each as it was written (checked %1 UTC).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/AuditPage.cpp" line="211"/>
        <source>Audit trail NOT intact: %Ln problems. First: %1</source>
        <translation>
            <numerusform>Audit trail NOT intact: %Ln problem. First: %1</numerusform>
            <numerusform>Audit trail NOT intact: %Ln problems. First: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheActions</name>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="156"/>
        <source>Delete the %Ln cache rows whose time is up, in batches; recorded in the audit log</source>
        <translation>
            <numerusform>Delete the %Ln cache row whose time is up, in batches; recorded in the audit log</numerusform>
            <numerusform>Delete the %Ln cache rows whose time is up, in batches; recorded in the audit log</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="202"/>
        <source>Delete %Ln expired cache rows (expired before %1 UTC)?

Live and system entries stay. The clean-up runs in batches and can be cancelled; it is recorded in the audit log under %2.</source>
        <translation>
            <numerusform>Delete %Ln expired cache row (expired before %1 UTC)?

Live and system entries stay. The clean-up runs in batches and can be cancelled; it is recorded in the audit log under %2.</numerusform>
            <numerusform>Delete %Ln expired cache rows (expired before %1 UTC)?

Live and system entries stay. The clean-up runs in batches and can be cancelled; it is recorded in the audit log under %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="207"/>
        <source>Delete %Ln rows</source>
        <translation>
            <numerusform>Delete %Ln row</numerusform>
            <numerusform>Delete %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="228"/>
        <source>Clean-up cancelled: %1 of %Ln expired rows deleted; the rest stay until the next clean-up.</source>
        <translation>
            <numerusform>Clean-up cancelled: %1 of %Ln expired row deleted; the rest stay until the next clean-up.</numerusform>
            <numerusform>Clean-up cancelled: %1 of %Ln expired rows deleted; the rest stay until the next clean-up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="231"/>
        <source>%Ln expired rows deleted</source>
        <translation>
            <numerusform>%Ln expired row deleted</numerusform>
            <numerusform>%Ln expired rows deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="274"/>
        <source>Warm up %Ln permanent system cache entries from the default prompt set?

Keys: %1

Entries that already hold the same text stay unchanged. The warm-up is recorded in the audit log under %2.</source>
        <translation>
            <numerusform>Warm up %Ln permanent system cache entry from the default prompt set?

Keys: %1

Entries that already hold the same text stay unchanged. The warm-up is recorded in the audit log under %2.</numerusform>
            <numerusform>Warm up %Ln permanent system cache entries from the default prompt set?

Keys: %1

Entries that already hold the same text stay unchanged. The warm-up is recorded in the audit log under %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="279"/>
        <source>Warm up %Ln permanent system cache entries from %1?

Keys: %2

Entries that already hold the same text stay unchanged. The warm-up is recorded in the audit log under %3.</source>
        <translation>
            <numerusform>Warm up %Ln permanent system cache entry from %1?

Keys: %2

Entries that already hold the same text stay unchanged. The warm-up is recorded in the audit log under %3.</numerusform>
            <numerusform>Warm up %Ln permanent system cache entries from %1?

Keys: %2

Entries that already hold the same text stay unchanged. The warm-up is recorded in the audit log under %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="335"/>
        <source>%Ln cache rows deleted</source>
        <translation>
            <numerusform>%Ln cache entry deleted</numerusform>
            <numerusform>%Ln cache rows deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="377"/>
        <source>Delete all %Ln non-system cache entries of %1 (#%2), live and expired?

Shared system entries stay. The deletion is recorded in the audit log under %3.</source>
        <translation>
            <numerusform>Delete the %Ln non-system cache entry of %1 (#%2), live or expired?

Shared system entries stay. The deletion is recorded in the audit log under %3.</numerusform>
            <numerusform>Delete all %Ln non-system cache entries of %1 (#%2), live and expired?

Shared system entries stay. The deletion is recorded in the audit log under %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="381"/>
        <source>Delete %Ln entries</source>
        <translation>
            <numerusform>Delete %Ln entry</numerusform>
            <numerusform>Delete %Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="390"/>
        <source>%Ln cache entries of %1 deleted</source>
        <translation>
            <numerusform>%Ln cache entry of %1 deleted</numerusform>
            <numerusform>%Ln cache entries of %1 deleted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheEntriesPanel</name>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheEntriesPanel.cpp" line="120"/>
        <source>%Ln entries loaded; scroll for more</source>
        <translation>
            <numerusform>%Ln entry loaded; scroll for more</numerusform>
            <numerusform>%Ln entries loaded; scroll for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheEntriesPanel.cpp" line="122"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheService</name>
    <message numerus="yes">
        <location filename="../models/cache/CacheService.cpp" line="404"/>
        <source>The clean-up stopped after deleting %Ln expired rows: %1</source>
        <translation>
            <numerusform>The clean-up stopped after deleting %Ln expired row: %1</numerusform>
            <numerusform>The clean-up stopped after deleting %Ln expired rows: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheStatsPanel</name>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="180"/>
        <source>cache data of %Ln entries</source>
        <translation>
            <numerusform>cache data of %Ln entry</numerusform>
            <numerusform>cache data of %Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="182"/>
        <source>%Ln expired, waiting for a clean-up</source>
        <translation>
            <numerusform>%Ln expired, waiting for a clean-up</numerusform>
            <numerusform>%Ln expired, waiting for a clean-up</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/CostsPage.cpp" line="132"/>
        <source>Top %n spenders this month (double-click: open on the Quotas page)</source>
        <translation>
            <numerusform>Top spender this month (double-click: open on the Quotas page)</numerusform>
            <numerusform>Top %n spenders this month (double-click: open on the Quotas page)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/CostsPage.cpp" line="233"/>
        <source>AI spend per UTC day, by task type: last %n days</source>
        <translation>
            <numerusform>AI spend per UTC day, by task type: last day</numerusform>
            <numerusform>AI spend per UTC day, by task type: last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/CostsPage.cpp" line="234"/>
        <source>AI spend per UTC day, by plan (now): last %n days</source>
        <translation>
            <numerusform>AI spend per UTC day, by plan (now): last day</numerusform>
            <numerusform>AI spend per UTC day, by plan (now): last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/CostsPage.cpp" line="235"/>
        <source>AI spend per UTC day, by model: last %n days</source>
        <translation>
            <numerusform>AI spend per UTC day, by model: last day</numerusform>
            <numerusform>AI spend per UTC day, by model: last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <location filename="../ui/shell/Dashboard.cpp" line="208"/>
        <source>Quotadesk: %n new alert(s)</source>
        <translation>
            <numerusform>Quotadesk: %n new alert</numerusform>
            <numerusform>Quotadesk: %n new alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message numerus="yes">
        <location filename="../models/common/DisplayText.cpp" line="77"/>
        <source>about %n min</source>
        <translation>
            <numerusform>about %n min</numerusform>
            <numerusform>about %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/common/DisplayText.cpp" line="80"/>
        <source>about %n h</source>
        <translation>
            <numerusform>about %n h</numerusform>
            <numerusform>about %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/common/DisplayText.cpp" line="83"/>
        <source>about %n day(s)</source>
        <translation>
            <numerusform>about %n day</numerusform>
            <numerusform>about %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/common/DisplayText.cpp" line="84"/>
        <source>about %n day(s) %1 h</source>
        <translation>
            <numerusform>about %n day %1 h</numerusform>
            <numerusform>about %n days %1 h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/common/DisplayText.cpp" line="103"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockRetry</name>
    <message numerus="yes">
        <location filename="../models/db/LockRetry.cpp" line="68"/>
        <source>it waited for a lock %Ln times, %1 s each; blocked by %2. End that session or wait for it, then try again.</source>
        <translation>
            <numerusform>it waited for a lock %Ln time, %1 s; blocked by %2. End that session or wait for it, then try again.</numerusform>
            <numerusform>it waited for a lock %Ln times, %1 s each; blocked by %2. End that session or wait for it, then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/shell/MainWindow.cpp" line="261"/>
        <location filename="../ui/shell/MainWindow.cpp" line="271"/>
        <source>Exported %Ln rows to %1</source>
        <translation>
            <numerusform>Exported %Ln row to %1</numerusform>
            <numerusform>Exported %Ln rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanLimitsDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/PlanLimitsDialog.cpp" line="58"/>
        <source>%1 (%Ln users)</source>
        <translation>
            <numerusform>%1 (%Ln user)</numerusform>
            <numerusform>%1 (%Ln users)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/PlanLimitsDialog.cpp" line="59"/>
        <source>%1 (%Ln users, no limits row: freemium&apos;s apply)</source>
        <translation>
            <numerusform>%1 (%Ln user, no limits row: freemium&apos;s apply)</numerusform>
            <numerusform>%1 (%Ln users, no limits row: freemium&apos;s apply)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/PlanLimitsDialog.cpp" line="175"/>
        <source>Under these limits, of the plan&apos;s %Ln users now: %1 change daily level, %2 monthly, %3 hourly; %4 newly at exceeded, %5 no longer.</source>
        <translation>
            <numerusform>Under these limits, of the plan&apos;s %Ln user now: %1 change daily level, %2 monthly, %3 hourly; %4 newly at exceeded, %5 no longer.</numerusform>
            <numerusform>Under these limits, of the plan&apos;s %Ln users now: %1 change daily level, %2 monthly, %3 hourly; %4 newly at exceeded, %5 no longer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotaPeriod</name>
    <message numerus="yes">
        <location filename="../models/quota/QuotaPeriod.cpp" line="34"/>
        <source>The daily quota of %Ln users was reset.</source>
        <translation>
            <numerusform>The daily quota of %Ln user was reset.</numerusform>
            <numerusform>The daily quota of %Ln users was reset.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/quota/QuotaPeriod.cpp" line="36"/>
        <source>The monthly quota of %Ln users was reset.</source>
        <translation>
            <numerusform>The monthly quota of %Ln user was reset.</numerusform>
            <numerusform>The monthly quota of %Ln users was reset.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/quota/QuotaPeriod.cpp" line="38"/>
        <source>The hourly quota of %Ln users was reset.</source>
        <translation>
            <numerusform>The hourly quota of %Ln user was reset.</numerusform>
            <numerusform>The hourly quota of %Ln users was reset.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/quota/QuotaPeriod.cpp" line="39"/>
        <source>The quota “%1” of %Ln users was reset.</source>
        <translation>
            <numerusform>The quota “%1” of %Ln user was reset.</numerusform>
            <numerusform>The quota “%1” of %Ln users was reset.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quotactl</name>
    <message numerus="yes">
        <location filename="../app/quotactl/QuotaCommands.cpp" line="94"/>
        <source>%Ln users. Daily level: %1 ok, %2 warning, %3 critical, %4 exceeded.</source>
        <translation>
            <numerusform>%Ln user. Daily level: %1 ok, %2 warning, %3 critical, %4 exceeded.</numerusform>
            <numerusform>%Ln users. Daily level: %1 ok, %2 warning, %3 critical, %4 exceeded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/QuotaCommands.cpp" line="125"/>
        <source>(%1 of %Ln users shown)</source>
        <translation>
            <numerusform>(%1 of %Ln user shown)</numerusform>
            <numerusform>(%1 of %Ln users shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/QuotaCommands.cpp" line="172"/>
        <source>Note: %Ln usage rows this month have negative token counts; they count as 0.</source>
        <translation>
            <numerusform>Note: %Ln usage row this month has a negative token count; it counts as 0.</numerusform>
            <numerusform>Note: %Ln usage rows this month have negative token counts; they count as 0.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/QuotaCommands.cpp" line="217"/>
        <source>allowed: %1 for %2 needs about %Ln tokens.</source>
        <translation>
            <numerusform>allowed: %1 for %2 needs about %Ln token.</numerusform>
            <numerusform>allowed: %1 for %2 needs about %Ln tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/CacheCommands.cpp" line="79"/>
        <source>%Ln expired cache rows would be deleted.</source>
        <translation>
            <numerusform>%Ln expired cache row would be deleted.</numerusform>
            <numerusform>%Ln expired cache rows would be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/CacheCommands.cpp" line="89"/>
        <source>%Ln expired cache rows to delete.</source>
        <translation>
            <numerusform>%Ln expired cache row to delete.</numerusform>
            <numerusform>%Ln expired cache rows to delete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/CacheCommands.cpp" line="97"/>
        <source>Interrupted after %Ln expired rows were deleted (batches: %1); the audit log has the exact count.</source>
        <translation>
            <numerusform>Interrupted after %Ln expired row was deleted (batches: %1); the audit log has the exact count.</numerusform>
            <numerusform>Interrupted after %Ln expired rows were deleted (batches: %1); the audit log has the exact count.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/CacheCommands.cpp" line="101"/>
        <source>%Ln expired rows deleted (batches: %1).</source>
        <translation>
            <numerusform>%Ln expired row deleted (batches: %1).</numerusform>
            <numerusform>%Ln expired rows deleted (batches: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/CacheCommands.cpp" line="125"/>
        <source>%Ln cache rows of %1 deleted (system rows kept).</source>
        <translation>
            <numerusform>%Ln cache row of %1 deleted (system rows kept).</numerusform>
            <numerusform>%Ln cache rows of %1 deleted (system rows kept).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/CacheCommands.cpp" line="156"/>
        <source>%Ln cache entries deleted.</source>
        <translation>
            <numerusform>%Ln cache entry deleted.</numerusform>
            <numerusform>%Ln cache entries deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/AuditCommands.cpp" line="23"/>
        <source>Audit trail intact: %Ln audit rows, each as it was written.</source>
        <translation>
            <numerusform>Audit trail intact: %Ln audit row, as it was written.</numerusform>
            <numerusform>Audit trail intact: %Ln audit rows, each as it was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/AuditCommands.cpp" line="30"/>
        <source>Audit trail NOT intact: %Ln problems.</source>
        <translation>
            <numerusform>Audit trail NOT intact: %Ln problem.</numerusform>
            <numerusform>Audit trail NOT intact: %Ln problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/SchemaCommands.cpp" line="85"/>
        <source>Usage counters match the raw usage rows: %Ln counters checked.</source>
        <translation>
            <numerusform>Usage counters match the raw usage rows: %Ln counter checked.</numerusform>
            <numerusform>Usage counters match the raw usage rows: %Ln counters checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/SchemaCommands.cpp" line="88"/>
        <source>Usage counters DRIFTED: %Ln counters differ from the raw usage rows.</source>
        <translation>
            <numerusform>Usage counters DRIFTED: %Ln counter differs from the raw usage rows.</numerusform>
            <numerusform>Usage counters DRIFTED: %Ln counters differ from the raw usage rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/AlertCommands.cpp" line="146"/>
        <source>%1 (%n alert(s) sent before it.)</source>
        <translation>
            <numerusform>%1 (%n alert sent before it.)</numerusform>
            <numerusform>%1 (%n alerts sent before it.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/AlertCommands.cpp" line="157"/>
        <source>%n new alert(s) sent, of %1 active.</source>
        <translation>
            <numerusform>%n new alert sent, of %1 active.</numerusform>
            <numerusform>%n new alerts sent, of %1 active.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotasPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/QuotasPage.cpp" line="418"/>
        <source>%1 of %Ln users</source>
        <translation>
            <numerusform>%1 of %Ln user</numerusform>
            <numerusform>%1 of %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/QuotasPage.cpp" line="425"/>
        <source>Reset quota of %Ln users…</source>
        <translation>
            <numerusform>Reset quota of %Ln user…</numerusform>
            <numerusform>Reset quota of %Ln users…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/QuotasPage.cpp" line="715"/>
        <source>Reset the daily quota of %Ln users: %1? Usage rows are kept; the reset is recorded in the audit log as %2.</source>
        <translation>
            <numerusform>Reset the daily quota of %Ln user: %1? Usage rows are kept; the reset is recorded in the audit log as %2.</numerusform>
            <numerusform>Reset the daily quota of %Ln users: %1? Usage rows are kept; the reset is recorded in the audit log as %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/QuotasPage.cpp" line="718"/>
        <source>Reset the monthly quota of %Ln users: %1? Usage rows are kept; the reset is recorded in the audit log as %2.</source>
        <translation>
            <numerusform>Reset the monthly quota of %Ln user: %1? Usage rows are kept; the reset is recorded in the audit log as %2.</numerusform>
            <numerusform>Reset the monthly quota of %Ln users: %1? Usage rows are kept; the reset is recorded in the audit log as %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/QuotasPage.cpp" line="721"/>
        <source>Reset the hourly quota of %Ln users: %1? Usage rows are kept; the reset is recorded in the audit log as %2.</source>
        <translation>
            <numerusform>Reset the hourly quota of %Ln user: %1? Usage rows are kept; the reset is recorded in the audit log as %2.</numerusform>
            <numerusform>Reset the hourly quota of %Ln users: %1? Usage rows are kept; the reset is recorded in the audit log as %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/QuotasPage.cpp" line="723"/>
        <source>Reset the quota “%1” of %Ln users: %2? Usage rows are kept; the reset is recorded in the audit log as %3.</source>
        <translation>
            <numerusform>Reset the quota “%1” of %Ln user: %2? Usage rows are kept; the reset is recorded in the audit log as %3.</numerusform>
            <numerusform>Reset the quota “%1” of %Ln users: %2? Usage rows are kept; the reset is recorded in the audit log as %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetQuotaDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/ResetQuotaDialog.cpp" line="18"/>
        <source>Reset quota of %Ln users</source>
        <translation>
            <numerusform>Reset quota of %Ln user</numerusform>
            <numerusform>Reset quota of %Ln users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserQuotaPanel</name>
    <message numerus="yes">
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="212"/>
        <source>%1 · %Ln users selected</source>
        <translation>
            <numerusform>%1 · %Ln user selected</numerusform>
            <numerusform>%1 · %Ln users selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="254"/>
        <source>%Ln usage rows this month have negative token counts; they count as 0.</source>
        <translation>
            <numerusform>%Ln usage row this month has a negative token count; it counts as 0.</numerusform>
            <numerusform>%Ln usage rows this month have negative token counts; they count as 0.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="351"/>
        <source>Daily tokens of %1, last %Ln days</source>
        <translation>
            <numerusform>Daily tokens of %1, last %Ln day</numerusform>
            <numerusform>Daily tokens of %1, last %Ln days</numerusform>
        </translation>
    </message>
</context>
</TS>
