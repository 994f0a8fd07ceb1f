"""Hand-written documents in wordings the sample generator does not use.

Names, places and numbers are invented. Each text is written the way a different court,
council or force might set it out, so tests on these say something about templates the
model was not fitted on.
"""

from __future__ import annotations

INTERIM_CARE = """IN THE FAMILY COURT
sitting at Wakefield
Case No: WF25C00456
Re: the child Poppy Ward (a girl born 3 April 2021)
Interim Care Order
Children Act 1989 s.38
Made by Her Honour Judge Marsh on 12 January 2025
Upon the application of Wakefield Council for a care order in respect of the child,
and upon the court being satisfied that there are reasonable grounds for believing
that the circumstances with respect to the child are as mentioned in section 31(2),
IT IS ORDERED THAT:
(1) the child is placed in the interim care of Wakefield Council;
(2) this order shall remain in force until the conclusion of the proceedings or further order.
"""

CARE = """IN THE FAMILY COURT AT CARDIFF
Case number CF24C00871
ORDER: CARE ORDER
Section 31 Children Act 1989
Judge: District Judge R. Evans
Date of order: 2 May 2024
The applicant local authority is Cardiff Council.
The child Rhys Morgan, born 11/09/2016, is placed in the care of Cardiff Council.
The interim care order made on 4 January 2024 is discharged.
The court approves the final care plan.
"""

SUPERVISION = """THE FAMILY COURT AT NEWCASTLE
No NE24C00120
Supervision Order (section 31 and Schedule 3, Children Act 1989)
Before District Judge Holt sitting in private on 14 March 2024
The court has considered an application for an interim supervision order previously
made and now makes a final order.
The child Jack Reed (born 1 June 2019) is placed under the supervision of
Newcastle City Council for 12 months.
"""

INTERIM_SUPERVISION = """In the Family Court at Exeter
Case: EX24C00999
Order made on 3 July 2024 by HHJ Palmer
INTERIM SUPERVISION ORDER
Children Act 1989, s 38
The child Maisie Cole is placed under the supervision of Devon County Council
until the next hearing or further order. The application for a supervision order
is adjourned to the final hearing.
"""

CHILD_ARRANGEMENTS = """IN THE FAMILY COURT AT LUTON
Case No LU25P00031
Before Recorder Shah
Child Arrangements Order
section 8 Children Act 1989
The children Isla Grant and Noah Grant shall live with their mother Ms Anna Grant.
The children shall spend time with their father Mr Paul Grant on alternate weekends.
Warning: a prohibited steps order may be made if either parent removes the children.
"""

NON_MOLESTATION = """Family Court sitting at Hull
Case Number HU24F00077
NON-MOLESTATION ORDER
Family Law Act 1996 section 42
Applicant: Ms Jade Price   Respondent: Mr Carl Price
The respondent must not use or threaten violence against the applicant and must
not harass or intimidate her. An occupation order was refused.
Power of arrest: breach of this order is a criminal offence.
"""

PLACEMENT = """IN THE FAMILY COURT AT DERBY
Case DE23C00410
Placement Order
Adoption and Children Act 2002 s.21
Derby City Council is authorised to place the child Leo Hart for adoption.
The care order made on 2 February 2023 remains in force.
"""

LA_CHECK = """North Yorkshire County Council
Children and Families Service
County Hall, Northallerton DL7 8AD
Your ref: KB/1201            Date: 5 March 2025
Dear Sirs
Request for safeguarding information
I write further to your request. Having checked the records of Children's Social Care,
I can confirm that the family of Lily Dawson (DOB 02/02/2018) is known to this service:
a child protection plan was in place between 2021 and 2022.
Yours faithfully
Team Manager, Multi Agency Screening
"""

POLICE_CHECK = """WEST MERCIA POLICE - DISCLOSURE UNIT
Police National Computer result
Subject: HOLLAND, Dean    Date of birth 14/07/1985
PNC ID 85/0456123K    CRO No 045612/85Q
Convictions: 3 (5 offences). Cautions: 0.
Last conviction: 02/03/2019 Worcester Magistrates - possession of a controlled drug.
Local intelligence: none held.
"""

BILL = """Thames Valley Water
Your water bill
Account no. 556677889
Bill date 3 March 2025
Charges for the period 1 October to 31 March
Fresh water 45 m3   £92.10
Sewerage            £101.40
Total amount due    £193.50
Pay by direct debit and we will collect on 15 March.
"""

COUNCIL_OTHER = """Sheffield City Council
Waste and Recycling
Dear Resident
Changes to your bin collection day
From 1 April your recycling bin will be collected on Tuesdays.
Garden waste permits can be renewed online.
Yours sincerely
Waste Services
"""

# Non-casework paper a children's services post room receives ("other"), with OCR noise.
HOUSING = """Brookside Homes | Neighbourhood Team
Unit 4, Canal Wharf, Derby DE1 3QT
14/1O/2024
Ms J. Okafor
Flat 2, 9 Ash Grove
Derby DE23 6LP
Dear Ms Okafor
Your repairs reference RP-88213
Our plumber wi1l call on Tuesday morning to look at the leak under your sink.
If you are not at home we will leave a card and you can rebook.
Your rent account is up to date - thank you.
Kind regards
Tenancy Services
"""

SCHOOL = """Oakfield Primary Sch0ol
Headteacher: Mrs A. Pryce
Dear Parents and Carers,
Year 4 visit to the Science Museum
On Thursday 6th March Year 4 pupils wi|l travel by coach to the museum.
Please sign and return the consent slip with £4.50 by Monday.
Children should wear school uniform and bring a packed lunch.
Thank you for your support,
Mr D. Hale
Class Teacher
"""

NHS = """Northshire Hospitals NHS Trust
0utpatient Appointment
NHS No: 485 777 3344
Dear Mr Banerjee
An appointment has been booked for you in the Fracture Clinic
on 12 May 2025 at 10:40, Level 2, Main Hospital.
Please bring your current medication and arrive ten minutes early.
If you are unable to attend please ring 01632 960 123.
Appointments Office
"""

COUNCIL_TAX = """Kirkby Borough Counci|
COUNCIL TAX BILL 2025/26
Account ref 40018832   Property band C
Annual charge £1,842.07
Instalments: 10 payments of £184.21 from 1 April
Adult social care precept is included in the amount above.
Pay online, by phone or by Direct Debit.
"""

BANK = """Harbour Building Society
Current Account Statement
Sort code 40-12-88   Account number 31187742
Statement period 01/02/2025 to 28/02/2025
Date   Description            Money out   Money in   Balance
Opening balance                                      £412.90
03 Feb CARD PAYMENT SAINSBURYS  £38.12                £374.78
07 Feb STANDING 0RDER RENT       £425.00               £-50.22
12 Feb SALARY                              £1,520.00  £1,469.78
Closing balance £1,469.78
"""

SOLICITOR_COVER = """Pennington Rowe Solicitors
22 Market Street, Bolton BL1 1AA
Our ref: KR/0931   Your ref: Family Team
Dear Sir/Madam
Re: Mason children - case number BL24C00412
We act for the mother in the above proceedings.
Please find enclosed a copy of the sealed order made by the Family Court
at Bolton on 3 June 2025, for your records.
Yours faithfully
Pennington Rowe
"""

NOTICE_OF_HEARING = """IN THE FAMILY C0URT AT NEWCASTLE
Case No: NE25C00781
NOTICE 0F HEARING
To the respondent: Mr K. Tait
TAKE NOTICE that the application for a child arrangements order will be heard
at Newcastle Civil and Family Courts on 14 July 2025 at 2.00 pm.
Time allowed: 1 hour.
Dated 2 June 2025
"""

# --- round 2: paper that names children and a statute but neither orders nor answers ----

NOTICE_FORM = """The Family Court sitting at Chesterfleld
Case No. CH24C0O731
NOTICE 0F HEARING
Application by Derbyshire County Council under section 31 of the Children Act 1989
Re: Toby Marsh (born 02.08.2017) and Ella Marsh (born 19.11.2020)
To: Gemma Marsh (mother)
Type of hearing | Issues Resolution Hearing
Date | 14 October 2024
Time | 2.00 pm
Venue | Chesterfield Justice Centre, Court 2
If you do not attend, the court may decide the application in your absence.
Issued 20 September 2024
"""

INVITATION = """Halton Borough Council
Childrens Social Care | Safeguarding Unit
Municipal Buildings, Widnes WA8 7QF
5 March 2024
Mr Dean Platt
14 Lark Lane, Runcorn WA7 2BT
Dear Mr Platt
Review Child Protection Conference - Kai Platt (d.o.b. 11/01/2019)
You are invited to the review conference for Kai, which will be held on
19 March 2024 at 10.00 am at Runcorn Town Hall. The conference will look at
the child protection plan and whether it is still needed.
You are welcome to bring a friend or supporter. If you are unable to attend,
please ring your social worker.
Yours sincerely
Independent Reviewing Officer
"""

INVOICE = """Pennine Language Line Ltd
Unit 4, Mill Yard, Halifax HX1 1PQ
TAX INVOICE
Invoice number: 20931   Invoice date: 02/05/2024
To: Calderdale Council, Legal Services
Purchase order: PO 44812
Court interpreting (Polish) at Halifax Family Court, 3 hrs @ £32.00 per hour   £96.00
Mileage 24 miles   £10.80
Sub total £106.80   VAT £21.36   Total due £128.16
Payment terms: 30 days from invoice date
"""

SPECIAL_GUARDIANSHIP = """IN THE FAMILY C0URT AT WOLVERHAMPTON
Case No: WV25C00318
SPECIAL GUARDIANSHIP 0RDER
Section 14A Children Act 1989
Before District Judge Amis sitting in private on 3 March 2025
The child is Leah Dunn, born 9 June 2016.
IT IS ORDERED THAT
1. Margaret Dunn, the paternal grandmother, is appointed special guardian of the child.
2. The interim care order made on 12 August 2024 is discharged.
3. The special guardianship support plan is approved.
"""

SECURE_ACCOMMODATION = """The Family Court
sitting at Stoke-on-Trent
No. ST25C00077
Secure Accommodation Order (section 25 Children Act 1989)
Made by Her Honour Judge Wren on 6 January 2025
The child Jordan Ames, born 4 July 2009, is looked after by Stoke-on-Trent City Council
under an interim care order.
The court orders that the local authority may keep the child in secure accommodation
for a period not exceeding 28 days from the date of this order.
"""

CONTACT_IN_CARE = """IN THE FAMILY COURT AT PETERBOROUGH
Case number PE24C00902
Order under section 34(4) Children Act 1989: contact with a child in care
Before Recorder Osei
The children are subject to care orders made on 2 February 2024.
IT IS ORDERED that Peterborough City Council is authorised to refuse contact
between the children and their father.
"""
