"""The coverage engine: what counts as covering an argument, and what does not."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from casebank.coverage import Basis, Checker, Options, check
from casebank.explain import explain
from casebank.model import Argument, Cue, Question, Scope
from casebank.report import coverage_record, coverage_text
from casebank.vocabulary import Status


def argument(arg_id: str, *cues: Cue, covered_at: int = 2, partly_at: int = 1) -> Argument:
    return Argument(
        arg_id,
        arg_id.title(),
        2,
        "guidance",
        "found",
        "missing",
        "model",
        cues,
        covered_at,
        partly_at,
    )


def question(*arguments: Argument, prompt: str = "Discuss.", language: str = "en") -> Question:
    return Question("q", "case", prompt, 10, "model answer", arguments, language)


PLATFORMS = argument(
    "platforms",
    Cue(
        ("facebook", "fb"),
        (("promotion", "deal", "discount*", "special offer"),),
        "Facebook for offers",
    ),
    Cue(("twitter", "tweet"), (("content", "news", "article"),), "Twitter for content"),
)


def verdict(q: Question, answer: str, arg_id: str | None = None):
    coverage = check(q, answer)
    return next(a for a in coverage.arguments if arg_id in (None, a.id))


def test_inflections_phrases_and_prefixes_are_found():
    q = question(PLATFORMS)
    v = verdict(
        q,
        "Amazon posts special offers on Facebook to its followers every week. "
        "On Twitter it shares news articles that people want to read.",
    )
    assert v.status is Status.COVERED and v.score == 1.0
    terms = {e.term for e in v.evidence}
    assert {"facebook", "special offer", "twitter", "news", "article"} <= terms
    discounted = verdict(q, "The company uses Facebook to announce discounted prices for fans.")
    assert discounted.status is Status.PARTLY and discounted.groups_met == 1


def test_evidence_spans_and_sentences_point_into_the_answer():
    q = question(PLATFORMS)
    answer = (
        "First a sentence without cues at all here.  On Facebook, Amazon shares deals with friends."
    )
    v = verdict(q, answer)
    for e in v.evidence:
        assert answer[e.start : e.end] == e.text
        assert (
            answer[e.sentence_start : e.sentence_end]
            == "On Facebook, Amazon shares deals with friends."
        )


def test_co_occurrence_across_neighbouring_sentences_counts_only_towards_partly():
    q = question(argument("a", PLATFORMS.cues[0], covered_at=1))
    together = "Amazon gives a deal to its loyal fans on Facebook every single week."
    assert verdict(q, together).status is Status.COVERED
    apart = "Amazon is active on Facebook with many fans. It also gives a deal to loyal shoppers."
    neighbours = verdict(q, apart)
    assert neighbours.status is Status.PARTLY
    assert {e.basis for e in neighbours.evidence} == {Basis.NEIGHBOURS}
    far = (
        "Amazon is active on Facebook with many fans. Its pages are busy all day long. "
        "It also gives a deal to loyal shoppers."
    )
    assert verdict(q, far).status is Status.MISSING
    paragraphs = "Amazon is active on Facebook with many fans.\n\nIt also gives a deal to shoppers."
    assert verdict(q, paragraphs).status is Status.MISSING


def test_a_point_developed_over_three_sentences_counts_as_covered():
    q = question(PLATFORMS)
    once = "Amazon posts special offers on Facebook for its many fans every single week."
    assert verdict(q, once).status is Status.PARTLY
    developed = (
        "Amazon posts special offers on Facebook for its many fans every single week. "
        "Fans share those Facebook deals with their own friends, who trust them. "
        "A discount passed on by a friend on Facebook is worth more than an advert."
    )
    v = verdict(q, developed)
    assert v.status is Status.COVERED and v.developed
    assert v.groups_met == 1, "one group of two: covered by development, not by the cues"
    report = check(q, developed)
    assert "develops it over several sentences" in coverage_text(report, "a.md", developed)
    assert coverage_record(report, "a.md")["arguments"][0]["developed"] is True
    off = Checker(q, Options(develop_sentences=None)).check(developed).arguments[0]
    assert off.status is Status.PARTLY and not off.developed


def test_near_copies_neighbours_and_lists_develop_nothing():
    q = question(PLATFORMS)
    copies = (
        "Amazon posts a deal on Facebook every week. Amazon posts a deal on Facebook every day. "
        "Amazon posts a deal on Facebook every month."
    )
    v = verdict(q, copies)
    assert v.status is Status.PARTLY and not v.developed, "one pair of cue words, said thrice"
    # Each sentence meets the group only with its neighbour's help: that never counts alone.
    apart = (
        "Amazon is very active on Facebook with its many fans. It gives a deal to shoppers. "
        "Its Facebook page is busy all day. Another deal follows for the loyal ones. "
        "Fans on Facebook like it a lot. They wait for the next deal eagerly."
    )
    assert not verdict(q, apart).developed
    listed = "- Facebook deals\n- Facebook special offers\n- Facebook discounts\n- Facebook fans"
    assert verdict(q, listed).status is not Status.COVERED, "lines of keywords develop nothing"


def test_only_co_occurrence_groups_met_in_three_sentences_of_prose_develop_a_point():
    words = argument("a", Cue(("facebook", "fb")), Cue(("twitter",), (("content",),)))
    mentions = (
        "Amazon is on Facebook a lot these days. Its FB page has many fans who visit. "
        "People like the Facebook page very much."
    )
    v = verdict(question(words), mentions)
    assert v.status is Status.PARTLY and not v.developed, "single words said thrice: a mention"
    q = question(PLATFORMS)
    two = (
        "Amazon posts special offers on Facebook for its many fans every single week. "
        "Fans share those Facebook deals with their own friends, who trust them."
    )
    assert verdict(q, two).status is Status.PARTLY, "two sentences are not three"
    lines = "Facebook deals for fans\nFacebook special offers for fans\nFacebook discounts for fans"
    assert not verdict(q, lines).developed, "lines that are not sentences of prose"
    paragraph = Cue(("facebook",), (("deal", "discount*", "special offer"),), scope=Scope.PARAGRAPH)
    scoped = question(argument("a", paragraph, PLATFORMS.cues[1]))
    developed = (
        "Amazon posts special offers on Facebook for its many fans every single week. "
        "Fans share those Facebook deals with their own friends, who trust them. "
        "A discount passed on by a friend on Facebook is worth more than an advert."
    )
    assert not verdict(scoped, developed).developed, "a paragraph's group is not one sentence's"


def test_resemblance_is_asked_before_development_and_explain_says_why():
    q = question(PLATFORMS)
    developed = (
        "Amazon posts special offers on Facebook for its many fans every single week. "
        "Fans share those Facebook deals with their own friends, who trust them. "
        "A discount passed on by a friend on Facebook is worth more than an advert."
    )
    [explained] = [e for e in explain(q, developed) if e.coverage.id == "platforms"]
    assert "develops it over several sentences" in explained.summary
    model = replace(
        PLATFORMS,
        model_paragraph="Fans share Facebook deals and special offers with friends who trust them.",
    )
    resembling = verdict(question(model), developed)
    assert resembling.status is Status.COVERED and not resembling.developed
    assert any(e.basis is Basis.RESEMBLANCE for e in resembling.evidence)


def test_paragraph_scope_allows_neighbouring_sentences():
    cue = Cue(("facebook",), (("deal",),), scope=Scope.PARAGRAPH)
    q = question(argument("a", cue, covered_at=1))
    same = "Amazon is active on Facebook with many fans. It also gives a deal to loyal shoppers."
    assert verdict(q, same).status is Status.COVERED
    split = (
        "Amazon is active on Facebook with many fans.\n\nIt also gives a deal to loyal shoppers."
    )
    assert verdict(q, split).status is Status.MISSING


def test_a_list_of_keywords_is_not_an_argument():
    q = question(PLATFORMS)
    stuffed = "Facebook promotion deal discount Twitter content news article tweet"
    v = verdict(q, stuffed)
    assert v.status is Status.MISSING, "co-occurrence cues need real sentences"
    bare = question(argument("a", Cue(("facebook",)), Cue(("twitter",))))
    listed = verdict(bare, "Facebook, Twitter, Instagram, Pinterest, Spark")
    assert listed.status is Status.PARTLY and listed.only_in_lists
    prose = verdict(bare, "Amazon uses Facebook and Twitter in quite different ways for its brand.")
    assert prose.status is Status.COVERED


def test_quoting_the_prompt_does_not_count_by_itself():
    prompt = "Amazon uses Facebook for promotions and Twitter for content marketing. Why?"
    q = question(PLATFORMS, prompt=prompt)
    quoted = (
        "The question says Amazon uses Facebook for promotions and Twitter for content marketing."
    )
    assert verdict(q, quoted).status is Status.MISSING
    own = quoted + " Friends on Facebook pass a good deal on to each other, which is free reach."
    assert verdict(q, own).groups_met == 1


def test_a_long_word_one_typo_away_matches_and_says_so():
    q = question(argument("a", Cue(("responsiveness",)), covered_at=1))
    v = verdict(q, "Amazon lacked responsivness when authors complained in 2010, critics said.")
    assert v.status is Status.COVERED
    assert v.evidence[0].fuzzy and v.evidence[0].text == "responsivness"
    swapped = verdict(
        q, "Amazon lacked repsonsiveness when authors complained in 2010, critics said."
    )
    assert swapped.status is Status.COVERED


def test_short_words_must_be_spelt_right():
    q = question(argument("a", Cue(("brand",)), covered_at=1))
    assert (
        verdict(q, "The bland campaign failed to reach many people at all.").status
        is Status.MISSING
    )


def test_exact_terms_do_not_inflect():
    exact = question(argument("a", Cue(("=market",)), covered_at=1))
    stem = question(argument("a", Cue(("market",)), covered_at=1))
    answer = "Amazon entered several markets with other offers than at home."
    assert verdict(exact, answer).status is Status.MISSING
    assert verdict(stem, answer).status is Status.COVERED
    assert (
        verdict(exact, "Each Market behaves in its own way for the brand.").status is Status.COVERED
    )


def test_thresholds_for_covered_and_partly():
    q = question(
        argument("a", Cue(("alpha",)), Cue(("beta",)), Cue(("gamma",)), covered_at=3, partly_at=2)
    )
    assert verdict(q, "We discuss alpha in this long sentence here.").status is Status.MISSING
    two = verdict(q, "We discuss alpha and beta in this long sentence here.")
    assert two.status is Status.PARTLY and two.score == round(2 / 3, 4)
    three = verdict(q, "We discuss alpha, beta and gamma in this long sentence here.")
    assert three.status is Status.COVERED


def test_arguments_without_cues_are_left_to_self_assessment():
    q = question(argument("self"), PLATFORMS)
    coverage = check(q, "Anything at all.")
    assert coverage.arguments[0].status is Status.SELF_ASSESSED
    assert coverage.score == 0.0  # only detectable arguments count towards the score


def test_german_answer_is_detected_across_inflection_and_umlaut_spelling():
    q = question(
        argument(
            "glaubwuerdigkeit",
            Cue(("glaubwürdig*", "authentisch"), (("mitarbeiter", "botschafter"),)),
            covered_at=1,
        ),
        language="de",
    )
    answer = "Die Glaubwuerdigkeit der Botschafter leidet, weil alle Accounts gleich aussehen."
    v = verdict(q, answer)
    assert v.status is Status.COVERED


def test_persian_answer_without_zwnj_matches_cues_written_with_it():
    q = question(
        argument(
            "platform",
            Cue(("شبکه‌های اجتماعی", "رسانه‌های اجتماعی"), (("کودکان", "کودک"),)),
            covered_at=1,
        ),
        language="fa",
    )
    for answer in (
        "شبکه های اجتماعی باید از کودکان در برابر سوءاستفاده محافظت کنند.",
        "شبکههای اجتماعی باید از کودکان در برابر سوءاستفاده محافظت کنند.",
        "شبكه‌هاي اجتماعي بايد از كودكان در برابر سوءاستفاده محافظت كنند.",
    ):
        assert verdict(q, answer).status is Status.COVERED, answer


def test_sentence_to_arguments():
    q = question(PLATFORMS, argument("other", Cue(("customer",)), covered_at=1))
    answer = (
        "Plain opening sentence with nothing special in it. Every customer matters a lot to them."
    )
    coverage = check(q, answer)
    at = coverage.at(answer.index("customer"))
    assert [a.id for a in at] == ["other"]


def test_rechecking_reanalyses_only_changed_sentences(monkeypatch):
    q = question(PLATFORMS)
    checker = Checker(q)
    sentences = [f"Sentence number {i} talks about Facebook deals for fans." for i in range(50)]
    checker.check(" ".join(sentences))
    analysed: list[str] = []
    original = checker._analyse_new

    def spy(sentence: str):
        analysed.append(sentence)
        return original(sentence)

    monkeypatch.setattr(checker, "_analyse_new", spy)
    sentences[10] = "Sentence number 10 now talks about Twitter news instead."
    checker.check(" ".join(sentences))
    assert analysed == [sentences[10]]


EDITS = st.lists(
    st.tuples(
        st.integers(0, 400),
        st.integers(0, 20),
        st.sampled_from(
            ["Facebook deal. ", "twitter", " news ", ".", "\n\n", "discounted offers ", "x"]
        ),
    ),
    max_size=8,
)


@settings(max_examples=60, deadline=None)
@given(EDITS)
def test_incremental_results_equal_a_fresh_check(edits):
    q = question(PLATFORMS)
    checker = Checker(q)
    text = (
        "Amazon shares a special deal on Facebook with its fans. " * 3
        + "Twitter carries news and articles for readers who care. " * 3
    )
    checker.check(text)
    for position, length, insert in edits:
        position = min(position, len(text))
        text = text[:position] + insert + text[position + length :]
        assert checker.check(text) == Checker(q).check(text)


@given(st.text(alphabet=st.sampled_from(list("ab .,!?\n-—'éمی\u200c۲")), max_size=200))
def test_the_word_count_is_count_words_of_the_whole_answer(answer: str):
    from casebank.words import count_words

    for language in ("en", "fa"):
        q = question(PLATFORMS, language=language)
        assert check(q, answer).words == count_words(answer, language)


def test_real_words_and_other_first_letters_are_not_typos():
    content = question(argument("a", Cue(("content",)), covered_at=1))
    assert (
        verdict(content, "Users must give consent before any tracking at all.").status
        is Status.MISSING
    )
    assert (
        verdict(content, "Tweets carry contnet that followers like to share.").status
        is Status.COVERED
    )
    interest = question(argument("a", Cue(("interest",)), covered_at=1))
    assert (
        verdict(interest, "Pinterest works as an extension of the store.").status is Status.MISSING
    )


def test_a_persian_negation_is_not_a_typo_of_the_positive_verb():
    q = question(argument("a", Cue(("نمی‌توانند",)), covered_at=1), language="fa")
    assert verdict(q, "والدین به تنهایی می‌توانند از کودکان محافظت کنند.").status is Status.MISSING
    assert verdict(q, "والدین به تنهایی نمی توانند از کودکان محافظت کنند.").status is Status.COVERED


def test_a_persian_word_starting_like_a_prefix_keeps_its_meaning():
    q = question(argument("a", Cue(("میزبان",)), covered_at=1), language="fa")
    assert verdict(q, "زبان رسمی این کشور فارسی است و همه آن را می‌فهمند.").status is Status.MISSING
    assert verdict(q, "اینستاگرام میزبان میلیون‌ها حساب کاربری است.").status is Status.COVERED


def test_one_word_cannot_meet_both_parts_of_a_cue_group():
    q = question(argument("a", Cue(("where people",), (("people",),)), covered_at=1))
    assert (
        verdict(q, "Amazon goes where people already spend their time online.").status
        is Status.MISSING
    )
    both = "Amazon goes where people already spend time, because people trust friends."
    assert verdict(q, both).status is Status.COVERED


def test_a_short_sentence_full_of_cue_words_is_still_a_sentence():
    q = question(
        argument("data", Cue(("search",), (("purchase",),)), covered_at=1),
        argument("other", Cue(("data",)), Cue(("show",)), Cue(("people",)), Cue(("bought",))),
    )
    v = verdict(q, "Search and purchase data only show what people bought.", "data")
    assert v.status is Status.COVERED


def test_a_bullet_of_short_phrases_without_a_full_stop_is_a_list():
    q = question(argument("a", Cue(("cooperate",), (("facebook",),)), covered_at=1))
    listed = "- cooperate with Facebook, shut down groups, regulators, law"
    assert verdict(q, listed).status is Status.MISSING
    sentence = "- Amazon should cooperate with Facebook to shut down the review groups."
    assert verdict(q, sentence).status is Status.COVERED
