from datetime import date

from extractors.dates import find_dates
from extractors.parties_court import children_lead, party_sentence
from extractors.people import find_people

TODAY = date(2024, 6, 1)


def people(text: str, doc_type: str | None = None):
    found = find_people(text, find_dates(text, today=TODAY), [], doc_type=doc_type)
    return [(p.kind, p.role, p.name, p.dob.value.isoformat() if p.dob else None) for p in found]


def test_party_sentence_roles() -> None:
    assert party_sentence("The applicant is the mother, Natalie Akhter")[1] == "mother"
    assert party_sentence("‘The first respondent is the father, Rhys Frazer")[1] == "father"
    assert party_sentence("The respondent is Freya Bancroft (born 21/05/1987)")[1] == "respondent"
    assert party_sentence("The applicant shall file a statement") is None


def test_children_lead_skips_the_act() -> None:
    assert children_lead("IN THE MATTER OF THE CHILDREN ACT 1989") is None
    assert children_lead("Proceedings concerning: Hannah Mensa, born 31 March 2009") == 24


def test_party_sentences_in_court_form() -> None:
    text = (
        "The parties\n"
        "The applicant is the mother, Natalie Akhter (born 12th November 1990)\n"
        "The respondent is the father, Muhammad Hargrave\n"
        "The applicant local authority is Reading Borough Council\n"
        "The second respondents are the children acting through their Children's Guardian\n"
    )
    assert people(text) == [
        ("adult", "mother", "Natalie Akhter", "1990-11-12"),
        ("adult", "father", "Muhammad Hargrave", None),
    ]


def test_children_named_in_proceedings_line() -> None:
    text = (
        "Police check result\n"
        "Proceedings concerning: Hannah Maisie Mensa, born 31 March 2009; Danielle Mensa, born 6\n"
        "February 2010\n"
    )
    assert people(text, "police_check") == [
        ("child", None, "Hannah Maisie Mensa", "2009-03-31"),
        ("child", None, "Danielle Mensa", "2010-02-06"),
    ]


def test_in_the_matter_of_children_with_date_on_next_line() -> None:
    text = (
        "IN THE MATTER OF THE CHILDREN ACT 1989\n"
        "AND IN THE MATTER OF Mason Whitfeld (born 14/12/2022) and Harry Tomasz Whitfeld\n"
        "(born 13/03/2024)\n"
    )
    assert people(text) == [
        ("child", None, "Mason Whitfeld", "2022-12-14"),
        ("child", None, "Harry Tomasz Whitfeld", "2024-03-13"),
    ]


def test_matter_of_without_birth_date_is_not_taken() -> None:
    assert people("In the matter of Valerie White\n") == []


def test_party_rows_with_label_last() -> None:
    text = (
        "BETWEEN\n"
        "Newcastle City Council Applicant\n"
        "- and -\n"
        "(1) Fatima Whitfeld (born 09/04/1997) First Respondent\n"
        "(2) Callum Dariusz Iqbaal (born 11/02/1993) Second Respondent\n"
        "The court heard from the respondent\n"
    )
    assert people(text) == [
        ("adult", "respondent", "Fatima Whitfeld", "1997-04-09"),
        ("adult", "respondent", "Callum Dariusz Iqbaal", "1993-02-11"),
    ]


def test_children_list_running_on_over_lines() -> None:
    text = (
        "AND IN THE MATTER OF Jamal Muhammad Armitidge (born 29/10/2021) and Stacey Armitidge\n"
        "(born 13/11/2022) and Hannah Armitidge (born 10/01/2023)\n"
        "BETWEEN\n"
    )
    assert [p[2] for p in people(text)] == [
        "Jamal Muhammad Armitidge",
        "Stacey Armitidge",
        "Hannah Armitidge",
    ]


def test_relevant_children_sentence_with_name_split_over_lines() -> None:
    text = (
        "The parties\n"
        "The relevant children are Kai Callum Elison (bom 5th August 2021) and Tia Danielle\n"
        "Elison (born 5th May 2023)\n"
        "THE COURT ORDERS\n"
    )
    assert [p[2] for p in people(text)] == ["Kai Callum Elison", "Tia Danielle Elison"]


def test_numbered_party_sentences_take_the_relation_after_the_name() -> None:
    text = (
        "The parties\n"
        "1. The applicant is Harlow Borough Council.\n"
        "2. The first respondent is Megan Oduya, the mother.\n"
        "3) The second respondent is Tobias Kerr, the father, who acts in person.\n"
    )
    assert people(text) == [
        ("adult", "mother", "Megan Oduya", None),
        ("adult", "father", "Tobias Kerr", None),
    ]


def test_the_relation_after_a_birth_date_wins_over_the_party_label() -> None:
    text = (
        "The parties\n"
        "The respondent is Megan Oduya (born 19 December 1992), the mother.\n"
        "The respondent is Tobias Kerr (born 02/03/1990), the father.\n"
        "The respondent is Ann Lowe (born 1 May 1970).\n"
    )
    assert [(role, name) for _, role, name, _ in people(text)] == [
        ("mother", "Megan Oduya"),
        ("father", "Tobias Kerr"),
        ("respondent", "Ann Lowe"),
    ]


def test_children_with_their_sex_before_born_and_date_on_next_line() -> None:
    text = (
        "This order concerns Ruby Fenwick (a girl) born on 3 May 2016; Alfie Fenwick (a boy) born\n"
        "on 9 January 2019.\n"
        "Dated 2 March 2024\n"
    )
    assert people(text) == [
        ("child", None, "Ruby Fenwick", "2016-05-03"),
        ("child", None, "Alfie Fenwick", "2019-01-09"),
    ]


def test_a_birth_date_broken_across_lines_does_not_end_the_list() -> None:
    text = (
        "This order concerns Ruby Fenwick (a girl) born on 3 May 2016; Alfie Fenwick born on 9\n"
        "January 2019; Esme Fenwick (a girl) born on 21 August 2021.\n"
        "Dated 2 March 2024\n"
    )
    assert people(text) == [
        ("child", None, "Ruby Fenwick", "2016-05-03"),
        ("child", None, "Alfie Fenwick", "2019-01-09"),
        ("child", None, "Esme Fenwick", "2021-08-21"),
    ]


def test_a_speck_after_a_hyphen_does_not_cut_a_childs_name() -> None:
    text = (
        "This order concerns Leo Ellis-(Nowak (a boy) born on 18th April 2016; Noah\n"
        "Nowak (a boy) born on 11th January 2017.\n"
        "Dated 2 March 2024\n"
    )
    found = find_people(text, find_dates(text, today=TODAY), [], doc_type="court_order")
    assert [(p.name, p.dob.value.isoformat() if p.dob else None) for p in found] == [
        ("Leo Ellis-Nowak", "2016-04-18"),
        ("Noah Nowak", "2017-01-11"),
    ]
    assert "+repair" in found[0].how  # so its confidence sends the order to a person


def test_children_concerned_label_with_bare_dates_and_a_wrapped_name() -> None:
    text = (
        "Children concemed: Leah Dunmore 14/02/2013, Owen Paul Dunmore 02/08/2016; Cara\n"
        "\n"
        "Beth Dunmore 11/11/2020\n"
        "Subject 1: Gail Dunmore\n"
    )
    found = people(text, doc_type="police_check")
    assert found[:3] == [
        ("child", None, "Leah Dunmore", "2013-02-14"),
        ("child", None, "Owen Paul Dunmore", "2016-08-02"),
        ("child", None, "Cara Beth Dunmore", "2020-11-11"),
    ]


def test_matter_of_list_whose_born_wraps_then_carries_on() -> None:
    text = (
        "AND IN THE MATTER OF Ivo Brennan (born 01/03/2019) and Nell Brennan\n"
        "(born 05/06/2021) and Rosa Brennan (born 07/08/2022)\n"
        "Dated 1 May 2024\n"
    )
    assert [p[2] for p in people(text)] == ["Ivo Brennan", "Nell Brennan", "Rosa Brennan"]


def test_guardian_named_in_party_list_with_name_wrapped() -> None:
    text = (
        "1 The applicant is Dorset Council.\n"
        "2. The first respondent ts Leanne Pryor, the mother.\n"
        "3. The children, through their children's guardian, Rosa\n"
        "Whitley-Adams.\n"
        "4. The children's guardian shall file an analysis by 4pm.\n"
    )
    assert people(text) == [
        ("adult", "mother", "Leanne Pryor", None),
        ("adult", "guardian", "Rosa Whitley-Adams", None),
    ]


def test_surname_particles_stay_in_the_name() -> None:
    text = (
        "2. The first respondent is Petra van der Berg, the mother.\n"
        "3. The second respondent is Lucas dos Santos, the father.\n"
        "4. The children act through their children's guardian, Anil Van der\n"
        "Walt.\n"
    )
    assert people(text) == [
        ("adult", "mother", "Petra van der Berg", None),
        ("adult", "father", "Lucas dos Santos", None),
        ("adult", "guardian", "Anil Van der Walt", None),
    ]


def test_party_name_whose_capital_i_was_read_as_l_is_kept_and_marked() -> None:
    text = (
        "2. The first respondent is loana Petrescu, the mother.\n"
        "3. The children act through their children's guardian,\n"
        "lvy Moran.\n"
        "IT 1S HEREBY ORDERED:\n"
        "(Ken OS\n"
    )
    found = find_people(text, find_dates(text, today=TODAY), [])
    assert [(p.name, p.role, p.how) for p in found] == [
        ("Ioana Petrescu", "mother", "label+repair"),
        ("Ivy Moran", "guardian", "label+repair"),
    ]


def test_children_list_with_colons_for_semicolons_and_a_date_after_a_blank_line() -> None:
    text = (
        "Children concerned: Ada Frost-Lyle: 22/06/2009: Ben Frost 03/11/2012: Cal Frost\n"
        "\n"
        "20/06/2015, Dot Frost-Lyle 06/12/2021\n"
    )
    assert [(p[2], p[3]) for p in people(text, doc_type="police_check")] == [
        ("Ada Frost-Lyle", "2009-06-22"),
        ("Ben Frost", "2012-11-03"),
        ("Cal Frost", "2015-06-20"),
        ("Dot Frost-Lyle", "2021-12-06"),
    ]
