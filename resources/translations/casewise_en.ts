<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuthorWindow</name>
    <message numerus="yes">
        <source>%n labelled answers beside the bank.</source>
        <translation>
            <numerusform>%n labelled answer beside the bank.</numerusform>
            <numerusform>%n labelled answers beside the bank.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageChart</name>
    <message numerus="yes">
        <source>Coverage over %n attempts: first %1, best %2, last %3</source>
        <translation>
            <numerusform>Coverage over %n attempt: first %1, best %2, last %3</numerusform>
            <numerusform>Coverage over %n attempts: first %1, best %2, last %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillView</name>
    <message numerus="yes">
        <source>You missed %n argument(s): their model paragraphs are below.</source>
        <translation>
            <numerusform>You missed %n argument: its model paragraph is below.</numerusform>
            <numerusform>You missed %n arguments: their model paragraphs are below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n question(s) due today&lt;/b&gt;, the most at risk first.</source>
        <translation>
            <numerusform>&lt;b&gt;%n question due today&lt;/b&gt;.</numerusform>
            <numerusform>&lt;b&gt;%n questions due today&lt;/b&gt;, the most at risk first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rubric of %n argument(s) changed since you last practised them.</source>
        <translation>
            <numerusform>The rubric of %n argument changed since you last practised it.</numerusform>
            <numerusform>The rubric of %n arguments changed since you last practised them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) due today</source>
        <translation>
            <numerusform>%n question due today</numerusform>
            <numerusform>%n questions due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message numerus="yes">
        <source>%1 (%n submitted answers)</source>
        <translation>
            <numerusform>%1 (%n submitted answer)</numerusform>
            <numerusform>%1 (%n submitted answers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>Your %n attempt(s) at %1 stay in its history, from an earlier version: the new copy does not have the question.</source>
        <translation>
            <numerusform>Your %n attempt at %1 stays in its history, from an earlier version: the new copy does not have the question.</numerusform>
            <numerusform>Your %n attempts at %1 stay in its history, from an earlier version: the new copy does not have the question.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %n attempt(s) at %1 stay, marked as checked against an older rubric.</source>
        <translation>
            <numerusform>Your %n attempt at %1 stays, marked as checked against an older rubric.</numerusform>
            <numerusform>Your %n attempts at %1 stay, marked as checked against an older rubric.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %1 (%2): %n questions.</source>
        <translation>
            <numerusform>Added %1 (%2): %n question.</numerusform>
            <numerusform>Added %1 (%2): %n questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new questions.</source>
        <translation>
            <numerusform>%n new question.</numerusform>
            <numerusform>%n new questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rubric of %n questions changed; their earlier attempts say so.</source>
        <translation>
            <numerusform>The rubric of %n question changed; its earlier attempts say so.</numerusform>
            <numerusform>The rubric of %n questions changed; their earlier attempts say so.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions were removed; their attempts stay, from an earlier version.</source>
        <translation>
            <numerusform>%n question was removed; its attempts stay, from an earlier version.</numerusform>
            <numerusform>%n questions were removed; their attempts stay, from an earlier version.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message numerus="yes">
        <source>missed %1 of %n attempts, partly %2</source>
        <translation>
            <numerusform>missed %1 of %n attempt, partly %2</numerusform>
            <numerusform>missed %1 of %n attempts, partly %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>missed %1 of %n attempts</source>
        <translation>
            <numerusform>missed %1 of %n attempt</numerusform>
            <numerusform>missed %1 of %n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you and the detection disagreed %n times</source>
        <translation>
            <numerusform>you and the detection disagreed %n time</numerusform>
            <numerusform>you and the detection disagreed %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>draft of %1, %n words</source>
        <translation>
            <numerusform>draft of %1, %n word</numerusform>
            <numerusform>draft of %1, %n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Saved %n answers in %1. Send this file to your tutor.</source>
        <translation>
            <numerusform>Saved %n answer in %1. Send this file to your tutor.</numerusform>
            <numerusform>Saved %n answers in %1. Send this file to your tutor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Casewise did not close properly last time. Your answer to %1 (%n word(s)) is safe.</source>
        <translation>
            <numerusform>Casewise did not close properly last time. Your answer to %1 (%n word) is safe.</numerusform>
            <numerusform>Casewise did not close properly last time. Your answer to %1 (%n words) is safe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more unsaved answer(s) follow.</source>
        <translation>
            <numerusform>%n more unsaved answer follows.</numerusform>
            <numerusform>%n more unsaved answers follow.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeasureText</name>
    <message numerus="yes">
        <source>%1: precision %2, recall %3 (%n answers)</source>
        <translation>
            <numerusform>%1: precision %2, recall %3 (%n answer)</numerusform>
            <numerusform>%1: precision %2, recall %3 (%n answers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudyView</name>
    <message numerus="yes">
        <source>Your answer has %n words, fewer than the %1 the question asks for.</source>
        <translation>
            <numerusform>Your answer has %n word, fewer than the %1 the question asks for.</numerusform>
            <numerusform>Your answer has %n words, fewer than the %1 the question asks for.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your answer has %n words, more than the %1 the question allows.</source>
        <translation>
            <numerusform>Your answer has %n word, more than the %1 the question allows.</numerusform>
            <numerusform>Your answer has %n words, more than the %1 the question allows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words of %1–%2</source>
        <translation>
            <numerusform>%n word of %1–%2</numerusform>
            <numerusform>%n words of %1–%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words of at most %2</source>
        <translation>
            <numerusform>%n word of at most %2</numerusform>
            <numerusform>%n words of at most %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words of at least %1</source>
        <translation>
            <numerusform>%n word of at least %1</numerusform>
            <numerusform>%n words of at least %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n arguments&lt;/b&gt; · their titles show after you submit</source>
        <translation>
            <numerusform>&lt;b&gt;%n argument&lt;/b&gt; · its title shows after you submit</numerusform>
            <numerusform>&lt;b&gt;%n arguments&lt;/b&gt; · their titles show after you submit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · your answer repeats itself: %n words count for nothing</source>
        <translation>
            <numerusform> · your answer repeats itself: %n word counts for nothing</numerusform>
            <numerusform> · your answer repeats itself: %n words count for nothing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You and the detection agree on %1 of %n arguments.</source>
        <translation>
            <numerusform>You and the detection agree on %1 of %n argument.</numerusform>
            <numerusform>You and the detection agree on %1 of %n arguments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You rated %n arguments higher than the detection found.</source>
        <translation>
            <numerusform>You rated %n argument higher than the detection found.</numerusform>
            <numerusform>You rated %n arguments higher than the detection found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You rated %n arguments lower than the detection found.</source>
        <translation>
            <numerusform>You rated %n argument lower than the detection found.</numerusform>
            <numerusform>You rated %n arguments lower than the detection found.</numerusform>
        </translation>
    </message>
</context>
</TS>
