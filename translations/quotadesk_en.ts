<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <location filename="../app/quotactl/QuotaCommands.cpp" line="224"/>
        <source>Reset the %1 quota of %Ln users: %2. Recorded in the audit log as %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/CacheCommands.cpp" line="76"/>
        <source>%Ln expired cache rows would be deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/CacheCommands.cpp" line="83"/>
        <source>%Ln expired cache rows to delete.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/CacheCommands.cpp" line="90"/>
        <source>Interrupted after %Ln expired rows were deleted (batches: %1); the audit log has the exact count.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/CacheCommands.cpp" line="94"/>
        <source>%Ln expired rows deleted (batches: %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/CacheCommands.cpp" line="112"/>
        <source>%Ln cache rows of %1 deleted (system rows kept).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/CacheCommands.cpp" line="137"/>
        <source>%Ln cache entries deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
