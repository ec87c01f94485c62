<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CacheActions</name>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="149"/>
        <source>Delete the %Ln cache rows whose time is up, in batches; recorded in the audit log</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="199"/>
        <source>Delete %Ln expired cache rows (expired before %1 UTC)?

Live and system entries stay. The clean-up runs in batches and can be cancelled; it is recorded in the audit log under %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="204"/>
        <source>Delete %Ln rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="225"/>
        <source>Clean-up cancelled: %1 of %Ln expired rows deleted; the rest stay until the next clean-up.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="228"/>
        <source>%Ln expired rows deleted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="271"/>
        <source>Warm up %Ln permanent system cache entries from the default prompt set?

Keys: %1

Entries that already hold the same text stay unchanged. The warm-up is recorded in the audit log under %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="276"/>
        <source>Warm up %Ln permanent system cache entries from %1?

Keys: %2

Entries that already hold the same text stay unchanged. The warm-up is recorded in the audit log under %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="331"/>
        <source>%Ln cache rows deleted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="373"/>
        <source>Delete all %Ln non-system cache entries of %1 (#%2), live and expired?

Shared system entries stay. The deletion is recorded in the audit log under %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="377"/>
        <source>Delete %Ln entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="386"/>
        <source>%Ln cache entries of %1 deleted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheEntriesPanel</name>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheEntriesPanel.cpp" line="111"/>
        <source>%Ln entries loaded; scroll for more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheEntriesPanel.cpp" line="113"/>
        <source>%Ln entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheService</name>
    <message numerus="yes">
        <location filename="../models/cache/CacheService.cpp" line="315"/>
        <source>The clean-up stopped after deleting %n expired rows: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheStatsPanel</name>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="178"/>
        <source>cache data of %Ln entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="180"/>
        <source>%Ln expired, waiting for a clean-up</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message numerus="yes">
        <location filename="../models/common/DisplayText.cpp" line="38"/>
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/shell/MainWindow.cpp" line="197"/>
        <source>Exported %Ln rows to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotaPeriod</name>
    <message numerus="yes">
        <location filename="../models/quota/QuotaPeriod.cpp" line="34"/>
        <source>The daily quota of %Ln users was reset.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/quota/QuotaPeriod.cpp" line="36"/>
        <source>The monthly quota of %Ln users was reset.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/quota/QuotaPeriod.cpp" line="38"/>
        <source>The hourly quota of %Ln users was reset.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/quota/QuotaPeriod.cpp" line="39"/>
        <source>The quota “%1” of %Ln users was reset.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quotactl</name>
    <message numerus="yes">
        <location filename="../app/quotactl/QuotaCommands.cpp" line="79"/>
        <source>%Ln users. Daily level: %1 ok, %2 warning, %3 critical, %4 exceeded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/QuotaCommands.cpp" line="103"/>
        <source>(%1 of %Ln users shown)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/QuotaCommands.cpp" line="140"/>
        <source>Note: %Ln usage rows this month have negative token counts; they count as 0.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/QuotaCommands.cpp" line="185"/>
        <source>allowed: %1 for %2 needs about %Ln tokens.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/CacheCommands.cpp" line="77"/>
        <source>%Ln expired cache rows would be deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/CacheCommands.cpp" line="84"/>
        <source>%Ln expired cache rows to delete.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/CacheCommands.cpp" line="91"/>
        <source>Interrupted after %Ln expired rows were deleted (batches: %1); the audit log has the exact count.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/CacheCommands.cpp" line="95"/>
        <source>%Ln expired rows deleted (batches: %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/CacheCommands.cpp" line="113"/>
        <source>%Ln cache rows of %1 deleted (system rows kept).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/CacheCommands.cpp" line="138"/>
        <source>%Ln cache entries deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotasPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/QuotasPage.cpp" line="272"/>
        <source>%1 of %Ln users</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/QuotasPage.cpp" line="279"/>
        <source>Reset quota of %Ln users…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/QuotasPage.cpp" line="432"/>
        <source>Reset the daily quota of %Ln users: %1? Usage rows are kept; the reset is recorded in the audit log as %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/QuotasPage.cpp" line="435"/>
        <source>Reset the monthly quota of %Ln users: %1? Usage rows are kept; the reset is recorded in the audit log as %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/QuotasPage.cpp" line="438"/>
        <source>Reset the hourly quota of %Ln users: %1? Usage rows are kept; the reset is recorded in the audit log as %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/QuotasPage.cpp" line="440"/>
        <source>Reset the quota “%1” of %Ln users: %2? Usage rows are kept; the reset is recorded in the audit log as %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetQuotaDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/ResetQuotaDialog.cpp" line="18"/>
        <source>Reset quota of %Ln users</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserQuotaPanel</name>
    <message numerus="yes">
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="203"/>
        <source>%1 · %Ln users selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="326"/>
        <source>Daily tokens of %1, last %Ln days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
