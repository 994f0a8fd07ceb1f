"""Police results written as forces answer are police_check; an LA naming the police is not.

The texts below are written by hand for these tests, in wordings classifiers.police_letters
does not use, so they test that the sender is learnt rather than one template.
"""

from __future__ import annotations

from classifiers import classify
from classifiers.features import evidence
from classifiers.police_letters import LA_KINDS, POLICE_KINDS, police_letters

POLICE_EMAIL = """From: Records Bureau <rb.checks@cumbria.police.uk>
Sent: 04 March 2025 14:22
To: Duty Team, Children's Safeguarding Hub
Subject: FW: family court checks - Pearson
Afternoon,
We have searched PNC and our own force records for the adults you listed.
Martin PEARSON 12/05/1979 - no trace
Kerry Pearson 30/09/1984 - no trace
Thanks
Disclosure Team, Cumbria Constabulary
"""

POLICE_LETTER = """Greater Manchester Police
Information Compliance and Records Management
Dear Ms Okafor
Your enquiry regarding the children of Leanne Birch
We confirm that the Police National Computer holds a record for Leanne Birch, PNC ID
11/482913T: two convictions, the latest in 2022 for criminal damage. Local systems hold
nothing further. Please handle this information as OFFICIAL-SENSITIVE.
Yours sincerely
Records Officer
"""

POLICE_TABLE = """Police Service  -  results of checks for Cafcass
Subject          Date of birth   PNC          Outcome
Dean WALSH       03/03/1990      09/223344H   convictions held
Amy WALSH        17/11/1992      n/a          no trace
Searched: PNC / PND / force systems
"""

LA_NAMING_POLICE = """Calderdale Metropolitan Borough Council
Children and Young People's Service
Dear Sir
Safeguarding enquiry: the Hussain family
A search of our social care records shows the family is known to us: in 2020 the police
notified us of a domestic incident and a child in need plan followed. We have asked
West Yorkshire Police to reply to you direct with their own checks.
Yours faithfully
Team Manager, Early Help and Safeguarding
"""

# A force's reply to a safeguarding team, its "Police National Computer" line misread, so
# that what says police is mostly the results column: each person "No trace".
POLICE_REPLY_TO_SAFEGUARDING = """From: Vetting Unit <vetting@example.police.uk>
To: Safeguarding Team <safeguarding@example.gov.uk>
Subject: safeguarding enquiry - checks requested 02/02/2025
Re: safeguarding information for the family court
The Police Natlonal Cornputes and force records were searched for the following people.
Name          DOB          Result
Owen Marsh    14-02-1988   No trace
Tara Marsh    01-07-1990   No trace
Regards
"""


def test_no_trace_is_a_police_answer_even_beside_safeguarding_words() -> None:
    assert "pnc_terms" in evidence(POLICE_REPLY_TO_SAFEGUARDING).fired
    assert "check_answer" not in evidence(POLICE_REPLY_TO_SAFEGUARDING).fired
    c = classify(POLICE_REPLY_TO_SAFEGUARDING)
    assert c.doc_type == "police_check", c.probabilities


def test_police_replies_written_by_hand_are_police_checks() -> None:
    for text in (POLICE_EMAIL, POLICE_LETTER, POLICE_TABLE):
        c = classify(text)
        assert c.doc_type == "police_check", (text.splitlines()[0], c.probabilities)


def test_a_council_reply_naming_the_police_is_an_la_check() -> None:
    c = classify(LA_NAMING_POLICE)
    assert c.doc_type == "la_check", c.probabilities


def test_the_sender_feature_fires_on_a_force_not_on_a_mention() -> None:
    assert "police_sender" in evidence(POLICE_EMAIL).fired
    assert "police_sender" not in evidence(LA_NAMING_POLICE).fired


def test_letters_are_reproducible_and_labelled() -> None:
    pages = police_letters(30, seed=2)
    assert pages == police_letters(30, seed=2)
    assert pages != police_letters(30, seed=3)
    kinds = {d for _, d in pages}
    assert kinds == {"police_check", "la_check"}


def test_every_kind_varies() -> None:
    import random

    from faker import Faker

    rng, fake = random.Random(0), Faker("en_GB")
    fake.seed_instance(0)
    for kind in (*POLICE_KINDS, *LA_KINDS):
        assert len({kind(rng, fake) for _ in range(6)}) >= 5, kind.__name__
