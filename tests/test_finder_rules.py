"""The statement finder on short texts written for these tests (none is a seed sentence).

Each case names what a careful analyst would record: who holds which stance on which
issue. Cases cover attribution, negation and modality, reported speech, beliefs and
conditions that are not positions, passives, transcripts and coordination.
"""

from __future__ import annotations

import pytest

from positions.model import Provenance, When
from positions.pipeline import extract_source
from positions.source import Metadata, Source

PUBLISHED = When.parse("2026-02-10", Provenance.SUPPLIED)


def found(text: str) -> dict[tuple[str, str], int]:
    """Each (party, issue) found, with its strongest stance in the text."""
    result = extract_source(
        Source.from_text(text, name="case.txt", metadata=Metadata(published=PUBLISHED))
    )
    best: dict[tuple[str, str], int] = {}
    for st in sorted(result.statements, key=lambda st: st.confidence):
        best[(st.party, st.issue)] = int(st.stance)
    return best


CASES: list[tuple[str, dict[tuple[str, str], int], set[tuple[str, str]]]] = [
    (
        "AMMAN, Feb 9 (Wire) - Moscow will not permit Turkish bases in northern Syria, a Kremlin spokesman said on Monday.",
        {("russia", "turkish-military-presence-syria"): -2},
        set(),
    ),
    (
        "Damascus rejected Israel's demand for a humanitarian corridor to Sweida, the foreign ministry said.",
        {
            ("syria", "humanitarian-corridor-suwayda"): -1,
            ("israel", "humanitarian-corridor-suwayda"): 2,
        },
        set(),
    ),
    (
        "Channel 14 reported that Israel prefers a Russian military presence in southern Syria to a Turkish one.",
        {("israel", "russian-military-presence-southern-syria"): 1},
        set(),
    ),
    (
        "Ankara believes Israel wants to partition Syria, according to Turkish officials.",
        {},
        {("israel", "syria-territorial-integrity")},
    ),
    (
        "Lavrov said Russian military police could return to the Golan line only if the Syrian leadership asks for it.",
        {},
        {("syria", "russian-military-presence-southern-syria")},
    ),
    (
        "Will Israel withdraw from the Hermon summit before the summer?",
        {},
        {("israel", "israeli-withdrawal")},
    ),
    (
        "Q: What about a corridor to Sweida?\n\nA: A corridor under a foreign flag is rejected. We will never allow Iran's militias to return to Syria.",
        {},
        set(),
    ),
    (
        "Israel's defence minister said Israel will not allow Syrian government forces to deploy in the south and will act to protect the Druze.",
        {("israel", "syrian-army-redeployment-south"): -2, ("israel", "druze-protection"): 2},
        {("syria", "druze-protection")},
    ),
    (
        "A spokesperson for the UN Secretary-General called on Israel to withdraw from the area of separation.",
        {("un", "israeli-withdrawal"): 2},
        {("israel", "israeli-withdrawal")},
    ),
    (
        "Washington is not pressuring Damascus to close the Russian bases on the coast, a State Department official said.",
        {("united-states", "russian-bases-syria"): 0},
        set(),
    ),
    (
        "Saudi Arabia no longer opposes a security agreement between Syria and Israel, officials in Riyadh said.",
        {("saudi-arabia", "security-agreement"): 1},
        set(),
    ),
    # The strength and negation ladder of issue 4, on sentences written for it.
    (
        "There will be no withdrawal from the buffer zone, the Israeli defence minister said.",
        {("israel", "israeli-withdrawal"): -2},
        set(),
    ),
    (
        "Turkish officials said Ankara is not ready to sign a de-confliction agreement with Israel.",
        {("turkey", "joint-coordination-mechanism"): -1},
        set(),
    ),
    (
        "Tel Aviv has been softening its opposition to a Syrian army return to Quneitra, Israeli officials said.",
        {("israel", "syrian-army-redeployment-south"): -1},
        set(),
    ),
    (
        "Moscow is willing in principle to accept a Turkish military role in northern Syria, the Kremlin said.",
        {("russia", "turkish-military-presence-syria"): 1},
        set(),
    ),
    (
        "The Syrian foreign ministry demands the withdrawal of Israeli forces from Mount Hermon.",
        {("syria", "israeli-withdrawal"): 2},
        set(),
    ),
    (
        "If Damascus agreed to demilitarise the south, would Israel withdraw?",
        {},
        {("israel", "israeli-withdrawal"), ("syria", "demilitarized-zone-south")},
    ),
    (
        "Israel did not rule out a phased withdrawal from the buffer zone, officials said.",
        {("israel", "israeli-withdrawal"): 1},
        set(),
    ),
    (
        "Egypt would only agree to a Saudi-Israeli deal if a Palestinian state is established, diplomats said.",
        {("egypt", "israel-saudi-normalization"): 1, ("egypt", "two-state-solution"): 2},
        set(),
    ),
    (
        "An adviser told the newspaper that Iranian officials believe Hezbollah will never disarm.",
        {},
        {("hezbollah", "hezbollah-disarmament"), ("iran", "hezbollah-disarmament")},
    ),
    (
        "Cairo's foreign ministry condemned Israeli strikes near Damascus and reaffirmed Egypt's "
        '"absolute support for Syria\'s territorial integrity."',
        {("egypt", "israeli-strikes-syria"): -1, ("egypt", "syria-territorial-integrity"): 2},
        set(),
    ),
    (
        "UNDOF, in a separate statement, urged both parties to respect the 1974 Disengagement Agreement.",
        {("un", "disengagement-agreement-1974"): 2},
        {("israel", "disengagement-agreement-1974"), ("syria", "disengagement-agreement-1974")},
    ),
    (
        "The week in the Levant\n\n3. EGYPT WEIGHS IN\n\nCairo condemned the Israeli strikes near Damascus.",
        {("egypt", "israeli-strikes-syria"): -1},
        set(),
    ),
    (
        "Officials said the Paris meeting supported a humanitarian corridor to Sweida in principle.",
        {},
        {("france", "humanitarian-corridor-suwayda")},
    ),
    (
        "France's representative said Paris supported the talks. He insisted on the protection of "
        "the Druze of Sweida.",
        {("france", "druze-protection"): 2},
        set(),
    ),
    (
        "Ankara, 12 March 2026, WIRE -- The cabinet met today under the president.\n\n"
        "The cabinet condemned the Israeli air strikes on Syrian territory.",
        {("turkey", "israeli-strikes-syria"): -1},
        {("israel", "israeli-strikes-syria")},
    ),
    (
        "Cabinet session\n\nDAMASCUS (Wire) - The council of ministers met on Sunday.\n\n"
        "The council rejected any foreign military presence in southern Syria.",
        {("syria", "foreign-military-presence-southern-syria"): -1},
        set(),
    ),
    (
        "Riyadh will not establish diplomatic relations with Israel unless an independent "
        "Palestinian state is established, the Saudi foreign ministry said.",
        {
            ("saudi-arabia", "israel-saudi-normalization"): 1,
            ("saudi-arabia", "two-state-solution"): 2,
        },
        set(),
    ),
    (
        "The Israeli army will continue to operate wherever necessary, Defence Minister Israel Katz said.",
        {("israel", "israeli-strikes-syria"): 2},
        set(),
    ),
    (
        "Moscow said its forces will continue to operate from Hmeimim, and Israel was not consulted.",
        {},
        {("russia", "israeli-strikes-syria")},
    ),
    (
        "Daily press briefing by the Office of the UN Spokesperson\n\n"
        "UNDOF has protested the incursions to the Israeli authorities.\n\n"
        "The Secretary-General reiterates that Israel must respect the 1974 Agreement, and he "
        "calls once again for the withdrawal of Israeli forces. He also calls for an end to the "
        "air strikes on Syrian territory.\n\nQ: Will Israel answer?\n\nSpokesperson: Nothing to add.",
        {("un", "israeli-strikes-syria"): -1, ("un", "israeli-withdrawal"): 2},
        {("israel", "israeli-strikes-syria")},
    ),
    (
        "Iran's Foreign Ministry spokesman said the Zionist regime's occupation of the buffer "
        "zone must end.",
        {("iran", "israeli-withdrawal"): 2},
        set(),
    ),
    (
        "Syria's envoy demanded the full and unconditional withdrawal of the Israeli occupation "
        "forces from the buffer zone and Mount Hermon.",
        {("syria", "israeli-withdrawal"): 2},
        set(),
    ),
    (
        "Hezbollah will not hand over its weapons as long as the Israeli occupation and "
        "aggression continue, Naim Qassem said.",
        {("hezbollah", "hezbollah-disarmament"): -2},
        {("hezbollah", "israeli-withdrawal")},
    ),
    (
        "Lavrov said the 1974 Disengagement Agreement must be respected by all parties and "
        "that the UN observer force must be allowed to carry out its mandate in full.",
        {("russia", "disengagement-agreement-1974"): 2},
        {("un", "disengagement-agreement-1974")},
    ),
    (
        "Lavrov reiterated that the 1974 agreement must be respected and that the UN "
        "Disengagement Observer Force must be free to work. He condemned the Israeli strikes on "
        'Syrian territory, which he said "do nothing for the security of Israel itself."',
        {("russia", "israeli-strikes-syria"): -1},
        {("un", "israeli-strikes-syria"), ("israel", "israeli-strikes-syria")},
    ),
    (
        "Iran's Foreign Ministry spokesman opened his weekly briefing in the capital on Monday. "
        "He spoke at length about the economy. On the presence of American forces, the "
        "spokesman said the US military presence in Syria is illegal.",
        {("iran", "us-military-presence-syria"): -1},
        {("united-states", "us-military-presence-syria")},
    ),
    (
        "The cabinet communique said Israel would not allow any foreign force to establish "
        "itself in southern Syria.",
        {("israel", "foreign-military-presence-southern-syria"): -2},
        set(),
    ),
    (
        "Syria's deputy foreign minister said: \"We appreciate Washington's mediation with Israel.\"",
        {("syria", "us-mediation"): 1},
        set(),
    ),
    (
        "Turkey's foreign minister said normalization between Israel and Syria was a matter for "
        "the Syrian people and their government to decide.",
        {("turkey", "israel-syria-normalization"): 0},
        set(),
    ),
    (
        'An Israeli official said: "The de-confliction line serves our interest."',
        {("israel", "joint-coordination-mechanism"): 1},
        set(),
    ),
    (
        "The defence ministry said Damascus will continue deploying army and internal security "
        "units in the south.",
        {("syria", "syrian-army-redeployment-south"): 2},
        set(),
    ),
    (
        "Moscow will continue deploying army units in the south of Syria, the ministry said.",
        {},
        {("syria", "syrian-army-redeployment-south"), ("russia", "syrian-army-redeployment-south")},
    ),
    (
        'Netanyahu said: "We are working toward peace with Saudi Arabia."',
        {("israel", "israel-saudi-normalization"): 2},
        set(),
    ),
    (
        "Damascus has no objection to a temporary presence of the international coalition, "
        "provided it is coordinated with the government, the ministry said.",
        {("syria", "foreign-military-presence-syria"): 1},
        set(),
    ),
    (
        "Hezbollah fighters remain in southern Lebanon. France supports the army's efforts to "
        "extend state authority, the French envoy said.",
        {("france", "hezbollah-disarmament"): 2},
        set(),
    ),
    (
        "Damascus sent troops to Sweida to extend state authority over the province, the "
        "Syrian ministry said.",
        {},
        {("syria", "hezbollah-disarmament")},
    ),
    (
        "The State Department spokesman said: \"We'd like to see Saudi Arabia join the Abraham "
        'Accords."',
        {("united-states", "israel-saudi-normalization"): 2},
        set(),
    ),
    (
        "Jordan condemned the Israeli violations of the 1974 Disengagement Agreement.",
        {("jordan", "disengagement-agreement-1974"): 2},
        set(),
    ),
    (
        'The defence minister said Israel "will keep its commitment to the Druze in Syria."',
        {("israel", "druze-protection"): 2},
        set(),
    ),
    (
        'The defence minister said Israel "will not abandon the Druze" of Sweida.',
        {("israel", "druze-protection"): 2},
        set(),
    ),
    (
        "Turkey is committed to Syria's unity, Foreign Minister Hakan Fidan said.",
        {("turkey", "syria-territorial-integrity"): 2},
        set(),
    ),
    (
        'The EU spokesman said the continued presence of Russian bases in Syria "is not in the '
        'interest of Syria or of Europe."',
        {("eu", "russian-bases-syria"): -1},
        set(),
    ),
    (
        'Jordan\'s foreign minister said Jordan "is proud to host" the coordination mechanism.',
        {("jordan", "joint-coordination-mechanism"): 2},
        set(),
    ),
    (
        "Qatar's minister stopped short of committing money to the shared economic zone.",
        {("qatar", "shared-economic-zone"): 0},
        set(),
    ),
    (
        "The Russian envoy raised the possibility of Russian military police returning to patrol "
        "areas in southern Syria.",
        {("russia", "russian-military-presence-southern-syria"): 2},
        set(),
    ),
    (
        'The Syrian foreign ministry said the presence of foreign troops on Syrian soil "must '
        'end in coordination with the Syrian state."',
        {("syria", "foreign-military-presence-syria"): -2},
        set(),
    ),
    (
        "In Tehran, Iran's foreign ministry spokesman said the Islamic Republic \"strongly "
        "condemns the Zionist regime's repeated attacks and incursions on Syrian territory,\" "
        "and urged international bodies to act to stop them.",
        {("iran", "israeli-strikes-syria"): -2},
        {("israel", "iranian-presence-syria"), ("iran", "iranian-presence-syria")},
    ),
    (
        "Damascus had long opposed the plan, describing Israeli demands for a weapons-free south "
        "as an attack on Syrian sovereignty.",
        {("israel", "demilitarized-zone-south"): 2},
        {("israel", "israeli-strikes-syria"), ("israel", "syria-territorial-integrity")},
    ),
    (
        "The UN envoy said he was deeply concerned by Israeli air strikes deep inside Syrian "
        "territory.",
        {("un", "israeli-strikes-syria"): -1},
        set(),
    ),
    (
        "The defence minister said Israel will continue to act to protect the Druze.",
        {("israel", "druze-protection"): 2},
        {("israel", "israeli-strikes-syria")},
    ),
    (
        "The Syrian minister said any agreement must begin with Israeli forces returning to the "
        "lines of 8 December.",
        {("syria", "israeli-withdrawal"): 2},
        set(),
    ),
    (
        "Damascus would accept international observers in the south only under a UN mandate, "
        "the Syrian minister said.",
        {("syria", "foreign-military-presence-southern-syria"): 1},
        set(),
    ),
    (
        "Observers in Beirut are divided, with some Syrian analysts arguing that al-Sharaa "
        "rejects any US military presence in Syria.",
        {},
        {("syria", "us-military-presence-syria")},
    ),
    (
        "Fidan said Turkish troops would remain in Syria for as long as the Syrian government "
        "wanted them there.",
        {("turkey", "turkish-military-presence-syria"): 2},
        {("syria", "turkish-military-presence-syria")},
    ),
    (
        "Syria rejects any foreign presence in the south. Israeli and Syrian officials met in "
        "Amman under American auspices on Monday.",
        {("united-states", "us-mediation"): 2},
        set(),
    ),
    (
        "The Syrian government has told Jordanian and American mediators that it will allow aid "
        "convoys to enter Sweida.",
        {("united-states", "us-mediation"): 2},
        set(),
    ),
    (
        "Syria rejects any foreign presence. Damascus also rejected Russian mediation, the "
        "ministry said.",
        {("syria", "russian-mediation"): -1},
        {("russia", "russian-mediation")},
    ),
    (
        "Syria and Israel resumed security talks in Paris. The US envoy is pushing for a first "
        "document to be signed before the General Assembly opens.",
        {("united-states", "security-agreement"): 2},
        set(),
    ),
    (
        "Joint statement\n\nAt the invitation of Ayman Safadi, Minister of Foreign Affairs of "
        "Jordan, the foreign "
        "ministers of the Syrian Arab Republic, the Republic of Türkiye and the Lebanese "
        "Republic met in Amman.\n\nThe ministers called for the withdrawal of Israeli forces "
        "from all Syrian territory.",
        {
            ("jordan", "israeli-withdrawal"): 2,
            ("syria", "israeli-withdrawal"): 2,
            ("turkey", "israeli-withdrawal"): 2,
            ("lebanon", "israeli-withdrawal"): 2,
        },
        set(),
    ),
    (
        "Syria rejects any foreign presence. Israel does not consider itself bound by the 1974 "
        "agreement, an Israeli official said.",
        {("israel", "disengagement-agreement-1974"): -1},
        set(),
    ),
    (
        "Syria rejects any foreign presence. The State Department said the administration will "
        "keep pushing for Saudi-Israeli normalisation.",
        {("united-states", "israel-saudi-normalization"): 2},
        set(),
    ),
    (
        "Syria rejects any foreign presence. Hezbollah issued a statement denouncing the Israeli "
        "attack on Damascus.",
        {("hezbollah", "israeli-strikes-syria"): -1},
        set(),
    ),
    (
        "Syria rejects any foreign presence. Israel will act against any Iranian presence in "
        "Syria, the defence minister said.",
        {("israel", "iranian-presence-syria"): -2},
        {("israel", "israeli-strikes-syria")},
    ),
    (
        "Interview\n\nHOST: Israel also says it will not allow Syria to rebuild its air "
        "defences.\n\nAL-SHIBANI: We will rebuild our air defences; this is our right.",
        {},
        {("israel", "syrian-strategic-weapons")},
    ),
    (
        "Talks\n\nIsrael and Syria initialled a framework for a security agreement in Amman on "
        "Thursday.\n\nThe Druze leader in Sweida rejected the framework.",
        {("druze", "security-agreement"): -1},
        set(),
    ),
    (
        "Syria rejects any foreign presence. The UAE went furthest: a senior Emirati official "
        'said Abu Dhabi "would welcome Syria joining the Abraham Accords" and was ready to '
        "co-host talks.",
        {},
        {("syria", "israel-syria-normalization"), ("syria", "us-mediation")},
    ),
    (
        "Turkey rejects Israeli strikes. Fu Cong of China said his country opposed all "
        "foreign military presence in Syria that was not authorised by its government.",
        {},
        {("syria", "foreign-military-presence-syria")},
    ),
    (
        "Jordan said peace requires the establishment of an independent Palestinian state.",
        {("jordan", "two-state-solution"): 2},
        set(),
    ),
    (
        "Joint statement\n\nThe foreign ministers of Jordan, Egypt and Qatar met in Cairo.\n\n"
        "The ministers stressed that peace requires the establishment of an independent "
        "Palestinian state.",
        {
            ("jordan", "two-state-solution"): 2,
            ("egypt", "two-state-solution"): 2,
            ("qatar", "two-state-solution"): 2,
        },
        set(),
    ),
    (
        "Israel's defence minister said the south must remain demilitarised.",
        {("israel", "demilitarized-zone-south"): 2},
        {("israel", "israeli-withdrawal")},
    ),
    (
        "Jordan \"will continue to support any step that preserves Syria's security and "
        'sovereignty," Safadi said.',
        {("jordan", "syria-territorial-integrity"): 2},
        set(),
    ),
    (
        "Interview with Syria's foreign minister Asaad al-Shibani\n\nHOST: Israel says it will "
        "not allow Syria to rebuild its air defences.\n\nAL-SHIBANI: We will rebuild our air "
        "defences. This is not a threat to anyone.",
        {("syria", "syrian-strategic-weapons"): 2},
        {("israel", "syrian-strategic-weapons")},
    ),
    (
        "Israel and Syria resumed security talks in Amman. Jordan welcomed the initialling, "
        "which took place at its foreign ministry.",
        {("jordan", "security-agreement"): 1},
        set(),
    ),
    (
        'Syria was prepared to discuss "security guarantees in the south," the Syrian official '
        "said.",
        {("syria", "security-agreement"): 1},
        set(),
    ),
    (
        "Rudaw\n\nMazloum Abdi said the SDF remains committed to the agreement signed with "
        'Syrian President Ahmed al-Sharaa. "We do not seek separation. We support the unity of '
        'Syria on a decentralized basis," he said.',
        {("sdf", "syria-territorial-integrity"): 2},
        {("syria", "syria-territorial-integrity")},
    ),
    (
        'Jordan, which co-sponsored a road map for Sweida last week, backs aid deliveries through the Syrian state and says Syria\'s territorial integrity is "a red line".',
        {("jordan", "syria-territorial-integrity"): 2},
        {("syria", "syria-territorial-integrity")},
    ),
    (
        "Hezbollah said the resistance's weapons are not up for discussion.",
        {("hezbollah", "hezbollah-disarmament"): -2},
        set(),
    ),
    (
        "Moscow said its bases in Syria are not up for discussion.",
        {("russia", "russian-bases-syria"): 2},
        set(),
    ),
    (
        "Israel said its presence on Mount Hermon is not negotiable.",
        {("israel", "israeli-withdrawal"): -2},
        set(),
    ),
    (
        "Jordan's foreign minister said Syria's unity, sovereignty and territorial integrity are not a subject for bargaining.",
        {("jordan", "syria-territorial-integrity"): 2},
        set(),
    ),
    (
        "Jordan rejects the continued Israeli occupation of Syrian territory, calls for the withdrawal of Israeli forces from the buffer zone, and reaffirms its full support for the territorial integrity of Syria.",
        {("jordan", "israeli-withdrawal"): 2, ("jordan", "syria-territorial-integrity"): 2},
        set(),
    ),
    (
        "The foreign ministers of Jordan, Egypt and Qatar signed a joint letter to the Security Council on Tuesday. "
        'The signatories "reject the Israeli occupation of Syrian territory", call for the withdrawal of Israeli forces from Mount Hermon, '
        'and reaffirm "their full support for the territorial integrity of the Syrian Arab Republic".',
        {
            ("jordan", "israeli-withdrawal"): 2,
            ("egypt", "israeli-withdrawal"): 2,
            ("qatar", "israeli-withdrawal"): 2,
            ("jordan", "syria-territorial-integrity"): 2,
            ("qatar", "syria-territorial-integrity"): 2,
        },
        set(),
    ),
    (
        "Foreign Minister Badr Abdelatty told his Syrian counterpart, Asaad al-Shibani, that Egypt rejects the Israeli demand to demilitarise southern Syria. "
        "The minister condemned the repeated Israeli airstrikes on Syrian territory.",
        {("egypt", "israeli-strikes-syria"): -1},
        {("syria", "israeli-strikes-syria")},
    ),
    (
        "Egypt also expressed its rejection of the presence of foreign forces on Syrian soil. Israel demands a demilitarised south.",
        {("egypt", "foreign-military-presence-syria"): -1},
        {("egypt", "foreign-military-presence-southern-syria")},
    ),
    (
        "France also wants a humanitarian corridor to Soueïda.",
        {("france", "humanitarian-corridor-suwayda"): 2},
        set(),
    ),
    (
        "At the Israeli embassy in Paris, the tone is different. « Israel will continue to act in Syria », a spokesman told us, "
        "adding that the presence of the army on Mount Hermon « is not negotiable ».",
        {("israel", "israeli-withdrawal"): -2},
        set(),
    ),
    (
        "Damascus demands an Israeli withdrawal to the lines of 8 December 2024 and the reactivation of the 1974 agreement.",
        {("syria", "israeli-withdrawal"): 2, ("syria", "disengagement-agreement-1974"): 2},
        set(),
    ),
    (
        "Syria wants its army back in the south.",
        {("syria", "syrian-army-redeployment-south"): 2},
        set(),
    ),
    (
        "Where they stand\n\nISRAEL\nWhat it says:\n- Israel will not permit Russian patrols in the south.\n"
        "- It demands that southern Syria be demilitarised.\n"
        "- It will not consent to Syria acquiring advanced air-defence systems.\n"
        "Our read: Jordan may accept a Turkish presence in Syria if Ankara asks.",
        {("israel", "demilitarized-zone-south"): 2, ("israel", "syrian-strategic-weapons"): -2},
        {("jordan", "turkish-military-presence-syria")},
    ),
    (
        "The Syrian minister spoke first. Azerbaijan, he added, supports Syria's territorial integrity.",
        {("azerbaijan", "syria-territorial-integrity"): 2},
        {("syria", "syria-territorial-integrity")},
    ),
    (
        "The Syrian minister spoke next. Asked about possible Russian or Turkish roles, she said Jordan is against any foreign military presence in southern Syria.",
        {("jordan", "foreign-military-presence-southern-syria"): -1},
        {("syria", "foreign-military-presence-southern-syria")},
    ),
    (
        "The Syrian minister spoke first. The EU would support any security arrangement that the Syrians freely accept, he said.",
        {("eu", "security-agreement"): 1},
        {("syria", "security-agreement")},
    ),
    (
        "Turkish officials described a de-confliction mechanism with Israel as a technical necessity.",
        {("turkey", "joint-coordination-mechanism"): 2},
        set(),
    ),
    (
        'Netanyahu vowed that Israel would "continue to act" in Syria to prevent what he called a massacre of the Druze.',
        {("israel", "israeli-strikes-syria"): 2},
        set(),
    ),
    (
        'Moscow says it "will never accept" being pushed out of Hmeimim and Tartus.',
        {("russia", "russian-bases-syria"): 2},
        set(),
    ),
    (
        "Prof. Darwish argued that Israel would eventually accept a withdrawal from the buffer zone.",
        {},
        {("israel", "israeli-withdrawal")},
    ),
    (
        "Israel will eventually accept a withdrawal from the buffer zone, a researcher at the institute said.",
        {},
        {("israel", "israeli-withdrawal")},
    ),
    (
        "Jordan supports every effort that brings Israel back to the 1974 lines.",
        {("jordan", "israeli-withdrawal"): 2},
        set(),
    ),
    (
        "The 1974 Disengagement Agreement is the legal reference, Syria's foreign minister said.",
        {("syria", "disengagement-agreement-1974"): 2},
        set(),
    ),
    (
        "Moscow has offered military police patrols along the line of separation.",
        {("russia", "russian-military-presence-southern-syria"): 2},
        set(),
    ),
    (
        'Speaker Berri said Lebanon "supports the unity and stability of Syria".',
        {("lebanon", "syria-territorial-integrity"): 2},
        set(),
    ),
    (
        "Ankara says its training of the Syrian army will continue and expand.",
        {("turkey", "turkey-syria-military-cooperation"): 2},
        set(),
    ),
    (
        "Israel will not tolerate Syrian tanks or artillery south of Damascus.",
        {("israel", "syrian-army-redeployment-south"): -2},
        set(),
    ),
    (
        "Salam said there will be no weapons outside the authority of the state.",
        {("lebanon", "hezbollah-disarmament"): 2},
        set(),
    ),
    (
        "Washington wants Hezbollah's arms placed under state control.",
        {("united-states", "hezbollah-disarmament"): 2},
        set(),
    ),
    (
        "Syria demands an end to the Israeli occupation of the Hermon.",
        {("syria", "israeli-withdrawal"): 2},
        set(),
    ),
    (
        "Egypt wants Israel's exit from the buffer zone.",
        {("egypt", "israeli-withdrawal"): 2},
        set(),
    ),
    (
        "At the invitation of President Abdel Fattah el-Sisi of Egypt, a summit was held with the participation of "
        "King Abdullah II of Jordan and Crown Prince Mohammed bin Salman of Saudi Arabia. "
        "The participating leaders issued the following communique. "
        "The leaders called for the complete withdrawal of Israeli forces from all Syrian territory occupied since 8 December 2024.",
        {
            ("egypt", "israeli-withdrawal"): 2,
            ("jordan", "israeli-withdrawal"): 2,
            ("saudi-arabia", "israeli-withdrawal"): 2,
        },
        set(),
    ),
    (
        "Jordan hosted the talks. Jordan's king met the envoys in Amman, and Jordan will keep the cell. "
        "The Saudi side reiterated that the Kingdom will not establish diplomatic relations with Israel.",
        {("saudi-arabia", "israel-saudi-normalization"): -2},
        {("jordan", "israel-saudi-normalization")},
    ),
    (
        "Syria has not rejected the idea of a shared economic zone.",
        {("syria", "shared-economic-zone"): 1},
        set(),
    ),
    (
        "Israel will not allow Hezbollah to rearm.",
        {("israel", "hezbollah-disarmament"): 2},
        set(),
    ),
    (
        'Israel, the official said, "will not accept a Hezbollah that rearms, south or north of the Litani."',
        {("israel", "hezbollah-disarmament"): 2},
        {("israel", "syrian-strategic-weapons")},
    ),
    (
        "Qatar's minister on the talks\n\n"
        "In an interview with Gulf Horizon, Dr. Ahmad Rashidi, Minister of State at Qatar's Ministry of Foreign Affairs, discussed the talks.\n\n"
        "Gulf Horizon: How does Doha see the talks?\n\n"
        "Rashidi: Israel must withdraw to the lines of 8 December 2024.",
        {("qatar", "israeli-withdrawal"): 2},
        set(),
    ),
    (
        "The leaders took note of the contacts under way between the Syrian and Israeli sides under the auspices of the United States. "
        "Jordan rejects Iranian militias in Syria.",
        {("united-states", "us-mediation"): 2},
        set(),
    ),
    (
        "Morning Radio, 3 May\n\n"
        "BERGER: Good morning, Minister.\n\n"
        "SA'AR: Good morning.\n\n"
        "BERGER: The Syrians say there will be no agreement unless you withdraw from the Hermon. Would you?\n\n"
        "SA'AR: Israel will stay on the Hermon summit.\n\n"
        "BERGER: And Jordan's call on Israel to withdraw from Syria?",
        {("israel", "israeli-withdrawal"): -2},
        {("syria", "israeli-withdrawal"), ("jordan", "israeli-withdrawal")},
    ),
    (
        "The contacts between the Syrian and Israeli sides continue under the auspices of the United States.",
        {("united-states", "us-mediation"): 2},
        set(),
    ),
    (
        "Israel's position on a Russian military presence in the south, she said, had not changed since January: "
        "no Russian forces near the border. Jordan rejects Iranian militias in Syria.",
        {("israel", "russian-military-presence-southern-syria"): -2},
        set(),
    ),
    (
        "The Russian side expressed its intention to further deepen the traditionally friendly relations between Russia and Syria.",
        {("russia", "russia-syria-relations"): 2},
        set(),
    ),
    (
        "Qatar said Syria's unity and territorial integrity are a constant for Qatar.",
        {("qatar", "syria-territorial-integrity"): 2},
        set(),
    ),
    (
        "No withdrawal from Mount Hermon, Katz said. Jordan rejects Iranian militias in Syria.",
        {("israel", "israeli-withdrawal"): -2},
        set(),
    ),
    (
        # The word before the holder belongs to the sentence before: no preposition governs it.
        "Damascus wants units in the south, arguing that a state cannot police a border it is "
        "not allowed to stand on. Israel objects to any Syrian army redeployment close to the line.",
        {("israel", "syrian-army-redeployment-south"): -1},
        set(),
    ),
    (
        # A role named in the frame is the one the paragraph introduced; the next quotation,
        # with no frame of its own, goes on in that voice ("we" is not Hezbollah).
        "Walla reports, citing a senior IDF officer, that Hezbollah is moving weapons. "
        '"We will continue to strike Hezbollah\'s smuggling routes inside Syria," the officer is '
        'quoted as saying. "And we will not permit Iran or Hezbollah to rebuild any presence in Syria."',
        {("israel", "israeli-strikes-syria"): 2, ("israel", "iranian-presence-syria"): -2},
        {("hezbollah", "iranian-presence-syria"), ("israel", "israeli-withdrawal")},
    ),
    (
        # "no one … should be confused" warns; it demands nothing on the issue.
        'A senior Israeli security official spoke to reporters. "We will continue to act wherever '
        'we need to, and no one in Damascus or Ankara should be confused about that," the official said.',
        {("israel", "israeli-strikes-syria"): 2},
        set(),
    ),
    (
        # "Nothing has been signed, and nothing has been refused": undecided, either way.
        "A Syrian official said the status of the two Russian bases remains under review. "
        '"Nothing has been signed, and nothing has been refused," the official said.',
        {("syria", "russian-bases-syria"): 0},
        set(),
    ),
    (
        # A quotation opening mid-sentence speaks for its own frame ("we" is the Israeli), and
        # that frame is its sentence, not the Russians named in the one before.
        "In late 2025, officials were said to favour a limited Russian role in the south. A senior "
        'Israeli security official put it bluntly: "The only uniforms we will accept near the '
        'border are Syrian police and UNDOF."',
        {("israel", "syrian-army-redeployment-south"): 1},
        {("russia", "syrian-army-redeployment-south")},
    ),
    (
        # A judgement's judge is the subject of "considers", even with no speech frame.
        'The readout goes on: "The Russian side considers the 1974 Disengagement Agreement the '
        'indispensable basis for stability in this area."',
        {("russia", "disengagement-agreement-1974"): 2},
        set(),
    ),
    (
        # The thing judged ("any Syrian army presence") is not the judge, past a parenthetical
        # and a quotation mark.
        'The Israeli side, it said, "considers any Syrian army presence south of Damascus a red line."',
        {("israel", "syrian-army-redeployment-south"): -2},
        {("syria", "syrian-army-redeployment-south")},
    ),
    (
        # "UNDOF, whose role remains essential": the EU's judgement, not the UN's position.
        "The EU calls on all parties to fully respect the 1974 Disengagement Agreement and the "
        "mandate of the United Nations Disengagement Observer Force (UNDOF), whose role remains "
        "essential for stability in the area of separation.",
        {("eu", "disengagement-agreement-1974"): 2},
        {("un", "disengagement-agreement-1974")},
    ),
    (
        # A podcast's time-coded capitals label is the guest the introduction titled in
        # lower case; contractions negate ("don't see a role for").
        "THE LEVANT LINE - Episode 112\n\nGuests: Caleb Whitford, deputy special envoy for Syria, U.S. Department of State; "
        "Imogen Castell, senior fellow at an institute\n\n"
        "[00:05:47] WHITFORD: We're still pushing the economic zone, absolutely.\n\n"
        "[00:09:31] WHITFORD: We don't see a role for Russian forces in the south.\n\n"
        "[00:11:02] WHITFORD: We'll keep carrying messages on both tracks.",
        {
            ("united-states", "shared-economic-zone"): 2,
            ("united-states", "russian-military-presence-southern-syria"): -1,
            ("united-states", "us-mediation"): 2,
        },
        set(),
    ),
    (
        "Israel doesn't accept Russian forces in the south. Syria isn't opposed to a security agreement.",
        {("israel", "russian-military-presence-southern-syria"): -1},
        set(),
    ),
    (
        # Refusing other mediators holds to one's own mediation.
        "MR LANGFORD, the State Department spokesman: Look, the United States doesn't see a need "
        "for other mediators at this point.",
        {("united-states", "us-mediation"): 2},
        set(),
    ),
    (
        "Israel is not pushing for normalisation with Syria at this stage, the minister said.",
        {("israel", "israel-syria-normalization"): 0},
        set(),
    ),
    (
        # An op-ed signed by a serving minister: "we" and its unattributed demands are his
        # government's; the request named in a preposition is Damascus's, the "we" after it not.
        "OPINION | GUEST ESSAY\n\nSyria's neighbours should help it stand up\n\nBy Hakan Fidan\n\n"
        "The author is Minister of Foreign Affairs of the Republic of Türkiye.\n\n"
        "My government has made its choice. We have agreed to technical de-confliction talks "
        "with Israel so that our pilots do not collide over Syria. Israel's repeated strikes on "
        "Syrian territory must stop. At the request of Damascus, we have begun training Syrian "
        "officers, and we will continue to train the Syrian army.",
        {
            ("turkey", "joint-coordination-mechanism"): 1,
            ("turkey", "israeli-strikes-syria"): -2,
            ("turkey", "turkey-syria-military-cooperation"): 2,
        },
        {("syria", "joint-coordination-mechanism")},
    ),
    (
        # A text as subject speaks for whoever the sentence before had issuing it.
        "Egypt's foreign ministry issued a statement on Sunday. The statement rejects any Turkish "
        "military presence in Syria. The EU adopted conclusions on Syria on Monday. The conclusions "
        "call on Israel to withdraw from the buffer zone.",
        {("egypt", "turkish-military-presence-syria"): -1, ("eu", "israeli-withdrawal"): 2},
        set(),
    ),
    (
        # A parenthetical does not end the clause before "must end"; a cue in a relative clause
        # on the terms is about them, not about the verb governing them.
        'Zakharova said: "The continued presence of Israeli troops beyond the line of separation, '
        "including on Mount Hermon, must end. Such actions undermine the sovereignty and "
        'territorial integrity of Syria, which we consistently support."',
        {("russia", "israeli-withdrawal"): 2, ("russia", "syria-territorial-integrity"): 2},
        set(),
    ),
    (
        # "He calls for an end to the strikes, which undermine …": the cue still governs them.
        "UN Secretary-General Antonio Guterres calls for an end to the Israeli air strikes on Syrian territory, "
        "which endanger civilians and undermine the prospects for a political settlement.",
        {("un", "israeli-strikes-syria"): -2},
        set(),
    ),
    (
        # Held positions that are "not part of any bargain" are kept.
        'An Israeli official spoke. "Our positions on the Hermon are not part of any bargain," '
        "the official said.",
        {("israel", "israeli-withdrawal"): -2},
        set(),
    ),
    (
        # "see Lebanon and Israel reach diplomatic relations": a verb, not Israel's own ties.
        'The US envoy said: "We would like to see Lebanon and Israel eventually reach full '
        'diplomatic relations."',
        {("united-states", "israel-lebanon-normalization"): 2},
        set(),
    ),
    (
        "The general said the United States would keep a residual force in northeastern Syria. "
        "Saudi Arabia stands firmly with the unity, sovereignty and stability of the Syrian Arab "
        "Republic. Zakharova said the Russian military presence at Hmeimim and Tartus will be "
        'preserved. Damascus had "not yet taken a decision" on the shared economic zone, '
        "officials said. Hezbollah said the weapons of the Islamic Resistance are not up for "
        "discussion.",
        {
            ("united-states", "us-military-presence-syria"): 2,
            ("saudi-arabia", "syria-territorial-integrity"): 2,
            ("russia", "russian-bases-syria"): 2,
            ("syria", "shared-economic-zone"): 0,
            ("hezbollah", "hezbollah-disarmament"): -2,
        },
        set(),
    ),
    (
        # A negated modal prohibits ("should not leave": they should stay); refusing whatever
        # "sidelines" a thing upholds the thing, but "steps that undermine the unity" are
        # already turned by the issue's own stop words.
        "The SDF said US forces should not leave Syria. The UN would not accept any arrangement "
        "that sidelines the 1974 Disengagement Agreement. Jordan reiterated its rejection of any "
        "steps that undermine the unity of Syria.",
        {
            ("sdf", "us-military-presence-syria"): 2,
            ("un", "disengagement-agreement-1974"): 2,
            ("jordan", "syria-territorial-integrity"): 2,
        },
        set(),
    ),
    (
        # A refusal's "without" names what the holder holds out for; a consent is no issue,
        # and the clause after it is not the condition.
        "Egypt will not take part in any regional economic arrangement without a Palestinian "
        "state. The Syrian minister said Damascus rejects any presence of foreign forces on its "
        "soil without the consent of the Syrian state, and that Israel's incursions violate the "
        "1974 Disengagement Agreement.",
        {("egypt", "two-state-solution"): 2},
        {("syria", "disengagement-agreement-1974")},
    ),
    (
        # Word stems are words: "department" is no departure, "ceasefire" no ceasing.
        "Whitcombe, testifying for the Pentagon, said the department intends to keep a residual "
        "force in northeastern Syria. Moscow proposed a ceasefire monitored by Russian military "
        "police in the south.",
        {
            ("united-states", "us-military-presence-syria"): 2,
            ("russia", "russian-military-presence-southern-syria"): 2,
        },
        set(),
    ),
    (
        # A relative clause that dates its stance in the past states no current position.
        'Egypt, which last year dismissed the shared economic zone as "a fantasy drawn on a '
        'napkin," said nothing on Tuesday. Officials in Jerusalem, who in late 2025 were said to '
        "favour a limited Russian role in the south, now reject it.",
        {("israel", "russian-military-presence-southern-syria"): -1},
        {("egypt", "shared-economic-zone")},
    ),
    (
        # Ending a principle's violation upholds it: the two turns cancel.
        "The Syrian Foreign Ministry demanded an end to Israel's repeated violations of Syrian "
        "sovereignty. Egypt called for a halt to violations of Syria's sovereignty.",
        {("syria", "syria-territorial-integrity"): 2, ("egypt", "syria-territorial-integrity"): 2},
        set(),
    ),
    (
        # A monitor's post: the account on the line above speaks the quotation below it.
        "CHANNEL WATCH | Levant Telegram monitor\n\n"
        "08:11 - IDF Arabic-language spokesperson [OFFICIAL], follow-up\n"
        '"We reiterate: the IDF will not allow Syrian army units to deploy south of Damascus."\n\n'
        "13:55 - Hezbollah Military Media [OFFICIAL]\n"
        '"To those counting on this moment: the weapons of the Islamic Resistance are not up '
        'for discussion."',
        {
            ("israel", "syrian-army-redeployment-south"): -2,
            ("hezbollah", "hezbollah-disarmament"): -2,
        },
        set(),
    ),
    (
        # "stands ready to" / "remains ready to" offer (+2), as the annotated sets code them.
        "Guterres said the United Nations stands ready to support a security arrangement between "
        "Syria and Israel. Azerbaijan remains ready to host the next round of Israel-Syria "
        "security talks.",
        {("un", "security-agreement"): 2, ("azerbaijan", "security-agreement"): 2},
        set(),
    ),
    (
        # A quotation of several paragraphs (each opens, only the last closes) speaks for the
        # frame on the line above it, the role resolved to the one the article introduced.
        "Aoun on Army Day\n\n"
        "President Joseph Aoun used his Army Day address to speak on Hezbollah's weapons.\n\n"
        "Departing from his prepared text, the president said:\n\n"
        "“Lebanon has paid, for fifty years, the price of weapons outside the state.\n\n"
        "“Let no one misunderstand us. Normalisation with Israel is not on our agenda. That is "
        "all.”\n\nThe cadets applauded.",
        {("lebanon", "israel-lebanon-normalization"): -1},
        set(),
    ),
    (
        # An analyst named after the speech verb: a reading of the parties, not a position.
        '"Russia needs the bases more than Syria needs Russia," said a researcher at a Beirut '
        "think tank. Russia wants to keep its bases in Syria, the Kremlin said.",
        {("russia", "russian-bases-syria"): 2},
        {("russia", "security-agreement")},
    ),
    (
        'Zakharova said Russia "stands ready to continue assisting in establishing dialogue" '
        "between Israel and Syria. Salam said the state will have a monopoly on arms throughout "
        "Lebanese territory.",
        {("russia", "russian-mediation"): 2, ("lebanon", "hezbollah-disarmament"): 2},
        set(),
    ),
    (
        # Hezbollah on normalisation speaks of Lebanon's.
        'Hezbollah said "there will be no normalization with the Israeli enemy, today or tomorrow."',
        {("hezbollah", "israel-lebanon-normalization"): -2},
        set(),
    ),
    (
        # A communiqué's paragraphs open with their verbs under "The Ministers:"; every
        # codebook party of the opening list holds them, past a name outside the codebook.
        "Joint Statement of the Foreign Ministers\n\nAt the invitation of Jordan, the Foreign "
        "Ministers of Jordan, Türkiye, Syria, Iraq and Lebanon met in Amman on 9 March 2025.\n\n"
        "The Ministers:\n\n"
        "Expressed their firm support for Syria's unity, sovereignty and territorial integrity.\n\n"
        "Demanded an end to Israeli strikes and incursions into Syria.",
        {
            ("jordan", "syria-territorial-integrity"): 2,
            ("lebanon", "syria-territorial-integrity"): 2,
            ("turkey", "israeli-strikes-syria"): -2,
            ("lebanon", "israeli-strikes-syria"): -2,
        },
        set(),
    ),
    (
        # Reporters' idioms for stances.
        "Al-Shibani poured cold water on the economic zone. Damascus left the door open to "
        "Russian patrols in the south. Israel would not stand for advanced air defence systems "
        "in Syrian hands. Egypt balked at the demand for a demilitarised south. The European "
        "Union stands for the unity and territorial integrity of Syria.",
        {
            ("syria", "shared-economic-zone"): -1,
            ("syria", "russian-military-presence-southern-syria"): 1,
            ("israel", "syrian-strategic-weapons"): -2,
            ("egypt", "demilitarized-zone-south"): -1,
            ("eu", "syria-territorial-integrity"): 2,
        },
        set(),
    ),
    (
        # The one urged to pull out "its" troops owns them; the asker owns what it asks help
        # to rebuild. "Help … find common ground" is mediation, not Syria's own.
        "Erdogan urged Washington to pull out the rest of its troops from Syria. Damascus has "
        "asked Ankara to help rebuild its air defences. Russia is ready to help Israel and Syria "
        "find common ground.",
        {
            ("turkey", "us-military-presence-syria"): -2,
            ("syria", "syrian-strategic-weapons"): 2,
            ("russia", "russian-mediation"): 1,
        },
        {
            ("turkey", "turkish-military-presence-syria"),
            ("syria", "turkish-military-presence-syria"),
        },
    ),
    (
        # An anonymous official placed paragraphs up by "Israeli officials"; "could live with"
        # accepts; "the Syrian side of the line" is the south.
        "Israel's lesser evil\n\n"
        "For most of the past year, the idea of Russian soldiers on the Golan was something "
        "Israeli officials raised only to dismiss. That has changed.\n\nThe change was first "
        "reported by KAN on Thursday. A senior official put it more bluntly on Sunday.\n\n"
        '"We could live with Russian military police on the Syrian side of the line, if the '
        'alternative is Turkish troops," the official said.\n\n'
        'The same official was unequivocal about the other option. "We will not accept Turkish '
        'bases in southern Syria, full stop," he said.',
        {
            ("israel", "russian-military-presence-southern-syria"): 1,
            ("israel", "turkish-military-presence-syria"): -2,
        },
        {("syria", "turkish-military-presence-syria"), ("russia", "russian-bases-syria")},
    ),
    (
        # "any agreement that ended Israeli attacks": their ending is backed ("ended" is a verb
        # here, not the adjective of "a reduced presence").
        "A Turkish foreign ministry official said Ankara would support any agreement that ended "
        "Israeli attacks on Syria. Moscow wants a reduced presence in Syria kept.",
        {("turkey", "israeli-strikes-syria"): -2},
        set(),
    ),
    (
        # "In Damascus, Information Minister X" is the capital's government, whatever the case
        # of the title; Russian patrols are the south's question.
        "In Damascus, Information Minister Hamza al-Mustafa left the door open to Russian patrols.",
        {("syria", "russian-military-presence-southern-syria"): 1},
        {("syria", "russian-bases-syria")},
    ),
    (
        # In an article about Sweida, "a corridor" paragraphs later is still that corridor.
        "Sweida, day five\n\nClashes continued in Sweida on Monday.\n\nAid agencies counted the dead. Roads were "
        "closed. Markets stayed shut. Schools did not open.\n\nThe Syrian Ministry of Information "
        'dismissed the call for a corridor as "a pretext for foreign intervention".',
        {("syria", "humanitarian-corridor-suwayda"): -1},
        set(),
    ),
    (
        "Smugglers have used the south for years. Jordan wants the Syrian army back on its "
        "northern border.",
        {("jordan", "syrian-army-redeployment-south"): 2},
        set(),
    ),
    (
        "Syria's defence ministry said the deployment of the Syrian Arab Army in the south was "
        '"a sovereign right and a duty". A Turkish official said any Russian return to the south '
        "was a matter for Damascus alone. Safadi stressed Jordan's support for the unity of the "
        "Syrian state.",
        {
            ("syria", "syrian-army-redeployment-south"): 2,
            ("turkey", "russian-military-presence-southern-syria"): 0,
            ("jordan", "syria-territorial-integrity"): 2,
        },
        set(),
    ),
    (
        # In a profile, "he" long after anyone was named is the one the article is about, not
        # the last country a quotation mentioned.
        "Safadi at home\n\nAyman Safadi received us in Amman. Safadi has been foreign minister "
        "for years. Safadi is tired.\n\nThe coffee was strong. The view was wide. The talk was "
        'long.\n\nHe grew more animated on Palestine. There would be no peace "if we keep '
        'pretending that Syria or Lebanon can be settled while Gaza burns." Whether Syria '
        "normalises its relations with Israel, he said, was a decision for Damascus.",
        {("jordan", "israel-syria-normalization"): 0},
        {("lebanon", "israel-syria-normalization")},
    ),
    (
        # A refusal split by its frame refuses what the quotation goes on to name.
        "Naim Qassem spoke on Sunday. Lebanon rejects the strikes. Qassem was defiant. "
        '"We will not," he said, "hand over our weapons while Israel occupies our land."',
        {("hezbollah", "hezbollah-disarmament"): -2},
        set(),
    ),
    (
        "Jerusalem was comfortable with the Amman format, officials said.",
        {("israel", "joint-coordination-mechanism"): 1},
        set(),
    ),
    (
        # "… the U.S. presence …, that it must end": the anaphor's ending is demanded.
        "Tehran, which has long called the U.S. presence illegal, said through its foreign "
        'ministry spokesman that it must end "without delay".',
        {("iran", "us-military-presence-syria"): -2},
        set(),
    ),
    (
        # The SDF's "Turkish occupation … must end", past a list of places, refuses Turkey's
        # presence; a capitals sub-heading is the desk's words.
        "US drawdown in the northeast\n\n"
        "The SDF said the Turkish occupation of Afrin, Ras al-Ain and Tal Abyad must end.\n\n"
        "ANKARA WELCOMES THE MOVE\n\nTurkey said Turkish troops would remain in northern Syria.",
        {
            ("sdf", "turkish-military-presence-syria"): -2,
            ("turkey", "turkish-military-presence-syria"): 2,
        },
        set(),
    ),
    (
        # The infinitive's subject owns what it would establish: Iran's presence, not Israel's.
        "Israel will not allow Iran to establish a presence in Syria.",
        {("israel", "iranian-presence-syria"): -2},
        {("israel", "israeli-withdrawal")},
    ),
    # "as an observer" describes the envoy's part at the meeting; he is no analyst.
    (
        "The EU envoy, who took part as an observer, said the European Union stands ready to"
        " back a security agreement between Israel and Syria.",
        {("eu", "security-agreement"): 2},
        set(),
    ),
    # A pronoun as the subject of a neutral verdict refers back to the question.
    (
        '"Does Ankara object to Russia keeping its bases at Hmeimim and Tartus?" the'
        ' interviewer asked. "That is a matter between Damascus and Moscow," Fidan said.',
        {("turkey", "russian-bases-syria"): 0},
        set(),
    ),
    # The quotation's own words name someone else than the speaker of "he said".
    (
        "Qatar's foreign minister was asked about normal relations between Israel and Lebanon."
        ' "That is for Lebanon to decide," he said.',
        {("qatar", "israel-lebanon-normalization"): 0},
        {("lebanon", "israel-lebanon-normalization")},
    ),
    # "The minister" eight sentences after the only minister named; "he" goes on from him.
    (
        "Egypt's foreign minister spoke at length on Sunday. The talks were held at"
        " the ministry. They lasted three hours. Reporters from Israel and Syria waited outside. The weather was"
        " cold. Traffic was heavy in the capital. Lunch was served late. Several delegations"
        " arrived by car. The minister rejected any Turkish bases in Syria. He"
        " condemned the latest Israeli strikes near Damascus. Israel, he said, must withdraw"
        " from Mount Hermon.",
        {
            ("egypt", "turkish-military-presence-syria"): -1,
            ("egypt", "israeli-withdrawal"): 2,
        },
        {("israel", "israeli-withdrawal"), ("syria", "israeli-withdrawal")},
    ),
    # "No stability without X" holds out for X; "while X" refuses X.
    (
        '"There is no stability in the Middle East without an independent Palestinian state,"'
        " the Egyptian foreign minister said.",
        {("egypt", "two-state-solution"): 2},
        set(),
    ),
    # The Druze leadership's "our people" is the Druze community.
    (
        'Sheikh Hikmat al-Hijri said in a video: "We call for international protection for our'
        ' people in Sweida."',
        {("druze", "druze-protection"): 2},
        set(),
    ),
    (
        '"We see no role for Turkish troops in the Syrian army\'s training," a US official said.',
        {("united-states", "turkey-syria-military-cooperation"): -1},
        set(),
    ),
    # A person named with a country outside the codebook speaks for that country.
    (
        "At the Security Council, Vassily Nebenzia of Russia spoke first. Ruchira Kamboj of"
        " India said her country opposed any foreign military presence in Syria.",
        {},
        {("russia", "foreign-military-presence-syria")},
    ),
    # "those are" as the subject of a verdict; "he" is the spokesman, not the Syrian army.
    (
        'The UN spokesman was asked about Turkish training of the Syrian army. "Those are'
        ' bilateral decisions between two sovereign Member States," he said.',
        {("un", "turkey-syria-military-cooperation"): 0},
        {("syria", "turkey-syria-military-cooperation")},
    ),
    (
        "Asked whether Moscow objects to Turkish military training for the Syrian army, the"
        ' Russian spokeswoman said it was "a matter for sovereign states."',
        {("russia", "turkey-syria-military-cooperation"): 0},
        set(),
    ),
    # Leaving, in the mouth of the one whose forces are there, is its own presence ending.
    (
        '"We are not leaving Syria," the Russian ambassador said. "We will not withdraw from'
        ' Syria until the PKK threat is gone," Erdogan said.',
        {("russia", "russian-bases-syria"): 2, ("turkey", "turkish-military-presence-syria"): 2},
        set(),
    ),
    (
        '"American troops are not going anywhere," the US envoy said. The envoy said'
        " Washington wants Israel to withdraw from the Hermon.",
        {
            ("united-states", "us-military-presence-syria"): 2,
            ("united-states", "israeli-withdrawal"): 2,
        },
        set(),
    ),
    # "and has …" starts a new predicate: the first verb's object does not run into it.
    (
        "Ankara will keep up its support to the Syrian army and has no intention of"
        " withdrawing its forces from Syria, Fidan said.",
        {("turkey", "turkish-military-presence-syria"): 1},
        set(),
    ),
    # Refusing limits on a thing upholds it.
    (
        'Damascus "reserves its right to defend its airspace" and will not accept limits on'
        " its air defence, the Syrian note says.",
        {("syria", "syrian-strategic-weapons"): 2},
        set(),
    ),
    # "the Union" in EU copy; "stands firmly for"; "could contribute to".
    (
        "BRUSSELS - EU foreign ministers met on Monday. The Union backs the talks on a security"
        ' arrangement between Israel and Syria. "We stand firmly for a Syria that is sovereign,'
        ' united and whole," Kallas said. Paris could contribute to monitoring a demilitarised'
        " zone in the south, the French minister said.",
        {
            ("eu", "security-agreement"): 2,
            ("eu", "syria-territorial-integrity"): 2,
            ("france", "demilitarized-zone-south"): 1,
        },
        set(),
    ),
    # Refusing to negotiate one's territory holds it; a condition's "leave" is not the
    # position's verb.
    (
        'Damascus "will not negotiate its territory with anyone," al-Shaibani said, but it would'
        " welcome international monitors in the south as long as they leave when their job is"
        " done.",
        {
            ("syria", "syria-territorial-integrity"): 2,
            ("syria", "foreign-military-presence-southern-syria"): 1,
        },
        set(),
    ),
    # A TV correspondent's "REPORTER:" line that asks nothing reports; a slogan refusing
    # what the issue reverses supports the issue.
    (
        "ANCHOR: What did the president say?\n\nREPORTER: Hezbollah's deputy leader spoke"
        " tonight. He said Hezbollah won't give up its arms north of the Litani.\n\n"
        "AOUN (translated): There will be no weapons outside the state, not anywhere.",
        {("hezbollah", "hezbollah-disarmament"): -2, ("lebanon", "hezbollah-disarmament"): 2},
        set(),
    ),
    (
        "REPORTER: Will Hezbollah give up its weapons?\n\nSPOKESMAN: We have nothing to add.",
        {},
        {("hezbollah", "hezbollah-disarmament")},
    ),
    (
        "Qassem dismissed the American envoy's role as dictation, not mediation.",
        {("hezbollah", "us-mediation"): -1},
        {("hezbollah", "us-military-presence-syria")},
    ),
    (
        '"This country will not be divided," al-Sharaa said. The Russian envoy said US troops'
        ' "should have left long ago." "Israeli forces have to go back to where they stood'
        ' before December 2024," the Qatari minister said.',
        {
            ("syria", "syria-territorial-integrity"): 2,
            ("russia", "us-military-presence-syria"): -2,
            ("qatar", "israeli-withdrawal"): 2,
        },
        set(),
    ),
    # "he" is the member of the Israeli delegation, not the Syrian quoted before.
    (
        '"We will not give up one metre of our land," al-Shibani said. Later a member of the'
        " Israeli delegation spoke to reporters. Any pullback from the summit, he said, was"
        ' "not something that is on the table."',
        {("israel", "israeli-withdrawal"): -2},
        {("syria", "israeli-withdrawal")},
    ),
    # "Our border" is the Golan line in Israel's mouth, not in Turkey's.
    (
        '"Russian soldiers on our border are a red line," Netanyahu said.',
        {("israel", "russian-military-presence-southern-syria"): -2},
        {("israel", "russian-bases-syria")},
    ),
    (
        '"We will never accept a foreign army on our borders," Erdogan said.',
        {},
        {("turkey", "foreign-military-presence-southern-syria")},
    ),
    # An unnamed spokesperson speaks for the one the sentence before is about; "the official
    # went on" spoke the quotation before it too.
    (
        "Cool answers to Moscow\n\n"
        'In Washington, the State Department was unenthusiastic. "Frankly, we see no role for'
        ' Russian forces in the south," a spokesperson said.\n\nA senior Israeli official'
        ' briefed reporters.\n\n"Turkish bases near the Golan are a red line." The official'
        ' went on: "We\'re not leaving the Hermon."',
        {
            ("united-states", "russian-military-presence-southern-syria"): -1,
            ("israel", "turkish-military-presence-syria"): -2,
        },
        {("russia", "russian-military-presence-southern-syria")},
    ),
    # Refusing to give up a piece of one's land holds Syria's integrity only in Syria's mouth.
    (
        '"We will not give up one metre of our land," al-Sharaa said. Qassem said Hezbollah'
        ' would keep its weapons "as long as Israel occupies one inch of our land."',
        {("syria", "syria-territorial-integrity"): 2},
        {("hezbollah", "syria-territorial-integrity")},
    ),
    (
        '"There is no place in Syria for the militias that Iran brought in," al-Shibani said.'
        " Egypt voiced unease over Turkey's growing military footprint in Syria. Lebanon is far"
        " from ready to discuss normal ties with Israel, Salam said. Israel has shown little"
        " appetite for a Russian role in the talks.",
        {
            ("syria", "iranian-presence-syria"): -2,
            ("egypt", "turkish-military-presence-syria"): -1,
            ("lebanon", "israel-lebanon-normalization"): -1,
            ("israel", "russian-mediation"): -1,
        },
        set(),
    ),
    (
        '"Russian forces on our border are not going to happen," Netanyahu said. US officials'
        " presented maps of a shared economic zone. Al-Hijri called again for a humanitarian"
        " corridor to Sweida.",
        {
            ("israel", "russian-military-presence-southern-syria"): -2,
            ("united-states", "shared-economic-zone"): 2,
            ("druze", "humanitarian-corridor-suwayda"): 2,
        },
        set(),
    ),
    (
        'Fidan said Turkey had "no objection" to an Israeli-Syrian arrangement. Iran said it has'
        ' "no plans" to send its forces back to Syria.',
        {("turkey", "security-agreement"): 1, ("iran", "iranian-presence-syria"): -1},
        set(),
    ),
    # "… Agreement between Syria and Israel" is the 1974 one, not a new security agreement.
    (
        "Egypt underlines the importance of full adherence to the 1974 Disengagement of Forces"
        " Agreement between Syria and Israel, the ministry said.",
        {("egypt", "disengagement-agreement-1974"): 2},
        {("egypt", "security-agreement")},
    ),
    (
        "Safadi said the kingdom stood by the unity of Syria. Prince Faisal said Riyadh stood"
        " firmly with the Syrian state and its unity. Israel would keep striking any convoy in"
        ' Syria, Katz said. Al-Hijri called for "international protection for the sons of the'
        ' mountain".',
        {
            ("jordan", "syria-territorial-integrity"): 2,
            ("saudi-arabia", "syria-territorial-integrity"): 2,
            ("israel", "israeli-strikes-syria"): 2,
            ("druze", "druze-protection"): 2,
        },
        set(),
    ),
    # Wanting forces "out of" a place: Israel's withdrawal, anyone else's presence ending.
    (
        "Egypt wants Israeli forces out of the Syrian south, the minister said. Russia wants"
        " Turkish forces out of northern Syria, Lavrov said. Iran wants American troops out of"
        " Syria, Araghchi said.",
        {
            ("egypt", "israeli-withdrawal"): 2,
            ("russia", "turkish-military-presence-syria"): -2,
            ("iran", "us-military-presence-syria"): -2,
        },
        set(),
    ),
    (
        "Salam said the cabinet's decision to bring every weapon in the country under state"
        " control is irreversible.",
        {("lebanon", "hezbollah-disarmament"): 2},
        set(),
    ),
    # "The occupation forces" is Israel's army in Arab officials' mouths; another owner's
    # ("American occupation forces") is not.
    (
        "Egypt wants the occupation forces out of the Syrian south, the minister said. Iran said"
        " all American occupation forces must leave Syria.",
        {("egypt", "israeli-withdrawal"): 2, ("iran", "us-military-presence-syria"): -2},
        {("iran", "israeli-withdrawal")},
    ),
    # A colon frame's holder: "Doha's message was straightforward:"; "On Iran he left no room
    # for doubt:" is his, not Iran's; "…, which he said" is the person the sentence named.
    (
        "Qatar's minister disagreed. Doha's message was straightforward: Israeli forces have to"
        " go back to where they stood before December 2024. Jordan's ambassador spoke next. On"
        ' Iran he left no room for doubt: "Iran\'s proxies must never return to the south."',
        {("qatar", "israeli-withdrawal"): 2, ("jordan", "iranian-presence-syria"): -2},
        {("iran", "iranian-presence-syria")},
    ),
    (
        "Syria's foreign ministry said Damascus had agreed to take part. An Israeli official said"
        " Israel would use the cell but would not allow it to discuss Israeli positions on Mount Hermon,"
        ' which he said were "not up for review".',
        {("israel", "israeli-withdrawal"): -2},
        {("syria", "israeli-withdrawal")},
    ),
    # "at the request of X" is a condition of the offer, not X's request.
    (
        "The Russian President noted that Russia remains prepared, at the request of the Syrian"
        " leadership, to deploy units of the Russian military police in the south. Al-Sharaa"
        " said a return to the 1974 Agreement remains the basis of the Syrian position.",
        {
            ("russia", "russian-military-presence-southern-syria"): 2,
            ("syria", "disengagement-agreement-1974"): 2,
        },
        {("syria", "russian-military-presence-southern-syria")},
    ),
    (
        "Saudi Foreign Minister Prince Faisal spoke at the meeting. Speaking at its close, the"
        " prince also denounced Israel's strikes on Syria.",
        {("saudi-arabia", "israeli-strikes-syria"): -1},
        {("israel", "israeli-strikes-syria")},
    ),
    (
        "Two capitals\n\nAl-Shibani spoke in Damascus. In Jerusalem the tone is different. A"
        " senior Israeli"
        " official, speaking on condition that he not be named, said Israel does not consider"
        ' itself bound by the 1974 agreement "because the other side of it no longer exists."',
        {("israel", "disengagement-agreement-1974"): -1},
        {("syria", "disengagement-agreement-1974")},
    ),
    # An unframed quotation right after a sentence whose subject is a person is that person's.
    (
        "Summit in Amman\n\nJordan's foreign minister, Ayman Safadi, said Amman's view was no"
        ' different. "There is no way around a Palestinian state."\n\nAsked about a peace'
        ' treaty, Salam is dismissive. "Peace with Israel is not on our agenda."',
        {("jordan", "two-state-solution"): 2, ("lebanon", "israel-lebanon-normalization"): -1},
        set(),
    ),
    (
        "Talks in Baku\n\nSyrian Foreign Minister Asaad al-Shibani spoke to reporters. The"
        " talks were long. Turkey's army shelled a village.\n\nOn normalisation he was, if anything,"
        ' blunter: "Normalisation isn\'t on our agenda while our land is occupied."',
        {("syria", "israel-syria-normalization"): -1},
        set(),
    ),
    (
        'Al-Shibani said: "Every Israeli strike makes an agreement harder. They have to stop."',
        {("syria", "israeli-strikes-syria"): -2},
        set(),
    ),
    # A negative contraction is part of the verb group; "that idea" refers back.
    (
        "Syria's neighbours should help it\n\nBy Hakan Fidan\n\nThe author is Minister of"
        " Foreign Affairs of the Republic of Türkiye.\n\nWe also hear, from Israeli ministers,"
        " the idea of a demilitarised southern Syria. We cannot support that idea.",
        {("turkey", "demilitarized-zone-south"): -1},
        set(),
    ),
    (
        '"We don\'t want partition and we never did," SDF commander Mazloum Abdi said.',
        {("sdf", "syria-territorial-integrity"): 2},
        set(),
    ),
    (
        "Syria's neighbours should help it\n\nBy Hakan Fidan\n\nThe author is Minister of"
        " Foreign Affairs of the Republic of Türkiye.\n\nThe war in Gaza has shown again that"
        " there will be no stability in our region without a sovereign Palestinian state.",
        {("turkey", "two-state-solution"): 2},
        set(),
    ),
    (
        "Fidan said Turkey will continue to help rebuild an army that answers to the Syrian state.",
        {("turkey", "turkey-syria-military-cooperation"): 2},
        set(),
    ),
    (
        '"The protection of our Druze citizens is the responsibility of the Syrian state and no'
        ' one else," al-Shibani said. US officials are pushing the shared economic zone hard,'
        " the envoy said. Turkey is pushing back against the plan for a Syrian army deployment"
        " in the south, Fidan said.",
        {
            ("syria", "druze-protection"): 2,
            ("united-states", "shared-economic-zone"): 2,
            ("turkey", "syrian-army-redeployment-south"): -1,
        },
        set(),
    ),
    (
        'Israel\'s foreign minister posted: "Israel stands with the Druze of Sweida."',
        {("israel", "druze-protection"): 2},
        set(),
    ),
    # Names listed after "including" are governed by it: not the subject of the next verb.
    (
        "The Secretary-General spoke with Egypt's foreign minister. They discussed the region,"
        " including Gaza, Lebanon and Syria, and agreed on the need to preserve the territorial"
        " integrity of Syria.",
        {},
        {("lebanon", "syria-territorial-integrity"), ("syria", "syria-territorial-integrity")},
    ),
    (
        'Syria values "the historic friendship with Russia," al-Shibani said. The US spokesperson'
        ' said the U.S.-led talks "are the right framework".',
        {("syria", "russia-syria-relations"): 2, ("united-states", "us-mediation"): 2},
        set(),
    ),
    (
        '"We want the Syrian army, and only the Syrian army, on our border," Safadi said.',
        {("jordan", "syrian-army-redeployment-south"): 2},
        set(),
    ),
    (
        "The state will not back down from its decision that all weapons be in its hands, Salam"
        " said. Katz said Israel will continue to stand by the Druze of Syria. Aoun said Lebanon"
        " is not part of any normalisation process with Israel.",
        {
            ("lebanon", "hezbollah-disarmament"): 2,
            ("israel", "druze-protection"): 2,
            ("lebanon", "israel-lebanon-normalization"): -1,
        },
        set(),
    ),
    # A longer refusal still wins over a shorter phrase inside it.
    (
        '"Our positions on the Hermon are not part of any bargain," the Israeli official said.',
        {("israel", "israeli-withdrawal"): -2},
        set(),
    ),
    # Refusing to stop one's own operations upholds them; "the State of Palestine".
    (
        "Katz said the army would not stop its operations in the south. France will continue to"
        " work for the recognition of the State of Palestine, Barrot said.",
        {("israel", "israeli-strikes-syria"): 2, ("france", "two-state-solution"): 2},
        set(),
    ),
    (
        "Egyptian diplomats have voiced unease, in private and increasingly in public, over"
        " Turkey's growing military footprint in Syria. The world body has repeatedly called on"
        " Israel to withdraw from positions its forces took since December 2024.",
        {("egypt", "turkish-military-presence-syria"): -1, ("un", "israeli-withdrawal"): 2},
        set(),
    ),
    (
        'Saar said Israel "has a commitment to the Druze and will not stand idly by."',
        {("israel", "druze-protection"): 2},
        set(),
    ),
    (
        'Al-Thani said Doha would back "any agreement between Syria and Israel that restores'
        ' Syrian sovereignty".',
        {("qatar", "security-agreement"): 2},
        set(),
    ),
    # The ending verb right after a modal is the demand's, however far back its terms are.
    (
        "Nebenzia then turned to Washington: the American troops east of the Euphrates, he"
        ' said, were "illegally present" and "should have left long ago."',
        {("russia", "us-military-presence-syria"): -2},
        set(),
    ),
    (
        'Fidan told reporters his country had "no objection" to an Israeli\u2013Syrian'
        ' arrangement. Rubio said Washington "would love to see" Saudi\u2013Israeli'
        " normalization.",
        {("turkey", "security-agreement"): 1, ("united-states", "israel-saudi-normalization"): 2},
        set(),
    ),
    # Each "no" item of a list opened by a party's conditions refuses its own issue.
    (
        "Jordan rejects Iranian militias. Israel's list of conditions has barely changed since"
        " the autumn: no advanced Syrian air defenses, no new checkpoints, and no foreign army"
        " in the south.",
        {
            ("israel", "syrian-strategic-weapons"): -2,
            ("israel", "foreign-military-presence-southern-syria"): -2,
        },
        set(),
    ),
    # A quotation that opens on "No …" is a refusal in its speaker's voice.
    (
        'Jordan rejects Iranian militias. "No foreign army," the Israeli official said, "will'
        ' deploy on our northern border with our consent."',
        {("israel", "foreign-military-presence-southern-syria"): -2},
        set(),
    ),
    (
        "Jordan rejects Iranian militias. A senior Israeli security official put it bluntly:"
        ' "No Russian military police, no Iranian militias south of Damascus."',
        {
            ("israel", "iranian-presence-syria"): -2,
            ("israel", "russian-military-presence-southern-syria"): -2,
        },
        set(),
    ),
    # A coordinated second object past the 32-word scope keeps its own words.
    (
        "Egypt welcomed the talks. The Egyptian foreign minister called for the withdrawal of Israeli"
        " troops from every Syrian village, hill and district they have entered since the old regime"
        " fell in December 2024, the Hermon summit and the buffer zone among them, and for strict"
        " respect of the 1974 Disengagement Agreement.",
        {
            ("egypt", "israeli-withdrawal"): 2,
            ("egypt", "disengagement-agreement-1974"): 2,
        },
        set(),
    ),
    # Gratitude for a mediator's efforts backs the mediation.
    (
        "Lebanese President Joseph Aoun expressed Lebanon's gratitude for the efforts made by the"
        " United States to keep the border talks alive.",
        {("lebanon", "us-mediation"): 1},
        set(),
    ),
    # "If X does not do it, we will": the threat's subject wants it done.
    (
        "Israel's defence minister, Israel Katz, was blunt on Sunday: \"If the Lebanese state does"
        ' not disarm Hezbollah, Israel will do it."',
        {("israel", "hezbollah-disarmament"): 2},
        {("lebanon", "hezbollah-disarmament")},
    ),
    (
        'Syria wants the talks. "If Beirut cannot disarm Hezbollah, we will do it ourselves," the'
        " Israeli defence minister said on Sunday.",
        {("israel", "hezbollah-disarmament"): 2},
        set(),
    ),
    # A verdict in a "called X Y" frame is the caller's; an epithet before a noun is none.
    (
        'The Syrian envoy called Israel\'s occupation of the Hermon summit "null and void".',
        {("syria", "israeli-withdrawal"): 1},
        {("israel", "israeli-withdrawal")},
    ),
    (
        "The Saudi foreign minister, speaking in Riyadh, called the Israeli air strikes on Syria"
        ' "reckless".',
        {("saudi-arabia", "israeli-strikes-syria"): -1},
        set(),
    ),
    (
        "Tehran would regard any normalisation between Syria and Israel as a grave mistake, the"
        " Iranian spokesman said.",
        {("iran", "israel-syria-normalization"): -1},
        set(),
    ),
    (
        'Turkiye\'s priority is "the territorial integrity of Syria", the president said, and he'
        ' criticised what he called Israel\'s "reckless" strikes.',
        {("turkey", "syria-territorial-integrity"): 2},
        {("israel", "syria-territorial-integrity")},
    ),
    # "the minister" is not a name whose next clause happens to mention ministers.
    (
        "Safadi hosts al-Shaibani\n\nAMMAN — Foreign Minister Ayman Safadi said on Monday that"
        " the Kingdom wants the Syrian"
        " army deployed along its northern border.\n\nSafadi was speaking at a joint press"
        " conference in Amman with his Syrian counterpart, Asaad al-Shaibani, following talks"
        " which the two ministers described as frank.\n\n“The calm of southern Syria is part of"
        " the calm of Jordan,” Safadi said. “We have offered the brothers in Damascus a"
        " coordination cell.”\n\nThe minister reiterated the Kingdom’s position that Israel must"
        " withdraw from all the Syrian territory it has entered.",
        {("jordan", "israeli-withdrawal"): 2},
        {("syria", "israeli-withdrawal")},
    ),
    # "…, and it must end": the pronoun's antecedent is what must end.
    (
        '"The occupation of the buffer zone is a violation of international law, and it must'
        ' end," the Egyptian foreign minister said.',
        {("egypt", "israeli-withdrawal"): 2},
        set(),
    ),
    # A factbox: a cue used as a bullet's label takes the object after its colon; a topic
    # label is what the predicate after it judges, not a speaker.
    (
        "Factbox: where the parties stand\n\nThe following sums up the public positions before"
        " the talks.\n\nJORDAN\n* Wants: an Israeli withdrawal to the lines of 8 December 2024.\n"
        "* Rejects: any humanitarian corridor to Sweida that bypasses Damascus.\n"
        "* Red line: no Iranian militias on its northern border.\n\n"
        "SYRIA\n* Normalisation with Israel: not on the agenda.\n",
        {
            ("jordan", "israeli-withdrawal"): 2,
            ("jordan", "humanitarian-corridor-suwayda"): -1,
            ("jordan", "iranian-presence-syria"): -2,
            ("syria", "israel-syria-normalization"): -1,
        },
        {("israel", "israel-syria-normalization")},
    ),
    # "X expects Y to …" is X's demand on Y; "whoever expects" is nobody's.
    (
        "Washington expects Syria to keep its tanks and artillery well north of the Golan"
        " frontier, a senior official said.",
        {("united-states", "demilitarized-zone-south"): 2},
        set(),
    ),
    (
        "The State Department expects Israel in return to begin pulling its troops back from"
        " positions inside Syria once a deal takes effect.",
        {("united-states", "israeli-withdrawal"): 2},
        set(),
    ),
    (
        'Lebanon adopted the plan. The US embassy said Washington "expects the Lebanese Armed'
        ' Forces to complete their deployment south of the Litani on schedule".',
        {},
        {("united-states", "us-military-presence-syria")},
    ),
    (
        'Syria wants the talks. The Hermon, the minister said, is "the eyes of the State of'
        ' Israel", and whoever expects the army to come down from it "is living in a'
        ' fantasy".',
        {},
        {("israel", "us-mediation"), ("israel", "israeli-withdrawal")},
    ),
    # A transcript's "NAME:" label is the person the host introduced.
    (
        "Talk show: the Baku round\n\nHOST: Good evening. With me from Washington, State"
        " Department regional spokesperson Michael Rourke, and from Moscow, the commentator"
        " Ivan Petrov of Russia Today.\n\nHOST: Mr Rourke, what do you want from Baku?\n\n"
        "ROURKE: We expect Damascus to keep its heavy units north of the line we have been"
        " discussing.\n",
        {("united-states", "demilitarized-zone-south"): 2},
        {("russia", "demilitarized-zone-south")},
    ),
    # Translated readouts: "affirmed the commitment of X to", "the Kingdom's condemnation and
    # denunciation of", "emphasised the importance of", "affirmed the rejection of".
    (
        "Foreign Minister al-Shaibani affirmed the commitment of the Syrian Arab Republic to the"
        " 1974 agreement as the basis of any arrangement.",
        {("syria", "disengagement-agreement-1974"): 2},
        set(),
    ),
    (
        "Israel struck Syria again. The Saudi cabinet renewed the Kingdom's condemnation and"
        " denunciation of the repeated Israeli attacks on Syrian territory.",
        {("saudi-arabia", "israeli-strikes-syria"): -1},
        set(),
    ),
    (
        "Fidan emphasised the importance of the withdrawal of Israel from the lands it has"
        " occupied in Syria.",
        {("turkey", "israeli-withdrawal"): 2},
        set(),
    ),
    (
        "Hezbollah's arms are debated in Beirut. Foreign Minister Abbas Araghchi \"affirmed the"
        ' rejection of any plan to disarm the Lebanese resistance under foreign pressure".',
        {("iran", "hezbollah-disarmament"): -1},
        {("hezbollah", "hezbollah-disarmament")},
    ),
    # A factbox heading names whose bullets follow, a demonym heading too.
    (
        "Factbox: the parties\n\nThe following sums up the positions before the round.\n\n"
        "QATAR\n* Would help fund the economic zone once a deal is signed.\n\n"
        "THE DRUZE OF SWEIDA\n* The spiritual leadership: demands a humanitarian corridor to the"
        " province.\n",
        {("druze", "humanitarian-corridor-suwayda"): 2},
        {("qatar", "humanitarian-corridor-suwayda")},
    ),
    # A guest introduced by the capital they speak from: "from Damascus, Deputy Foreign
    # Minister Omar al-Hallaq".
    (
        "Talk show: Baku\n\nHOST: Good evening. With me from Damascus, Deputy Foreign Minister"
        " Omar al-Hallaq, and in the studio the analyst Karim Mroueh.\n\nHOST: Minister, the"
        " Russian offer?\n\nAL-HALLAQ: We thanked Moscow. Today we no longer see a need for"
        " Russian military police on the line.\n",
        {("syria", "russian-military-presence-southern-syria"): -1},
        {("russia", "russian-military-presence-southern-syria")},
    ),
    # A framed list: each line under "… it called for:" is one demand of the frame's holder,
    # until a heading ends the list.
    (
        "Talks end with two lists\n\nAMMAN — The talks ended without a deal on Friday.\n\n"
        "What Jordan asked for\nAccording to a diplomat who read the Jordanian note, it called"
        " for:\nA joint coordination cell in Amman to handle incidents on the border.\n"
        "No Iranian-backed militias within 50 kilometres of the border.\n"
        "A humanitarian corridor to Sweida run by the United Nations.\n\n"
        "What the others said\nA shared economic zone along the frontier was mentioned by Qatar"
        " in passing.\n",
        {
            ("jordan", "joint-coordination-mechanism"): 2,
            ("jordan", "iranian-presence-syria"): -2,
            ("jordan", "humanitarian-corridor-suwayda"): 2,
        },
        {("jordan", "shared-economic-zone"), ("qatar", "shared-economic-zone")},
    ),
    # A numbered list under a frame that ends its paragraph, owned by "the Jordanian paper";
    # "Zero …" refuses like "No …".
    (
        'Press review\n\nAMMAN - The daily devoted three pages to what it called "the Jordanian'
        ' paper for the talks". Under the headline "Five points", it printed them as follows:\n'
        "1. Zero Iranian presence near the border.\n"
        "2. A joint coordination cell in Amman to handle incidents.\n"
        "3. No Turkish military base in the south. Not now, not later.\n"
        "4. Nothing more on the economy.\n"
        "5. A humanitarian corridor to Sweida under the United Nations.\n",
        {
            ("jordan", "iranian-presence-syria"): -2,
            ("jordan", "joint-coordination-mechanism"): 2,
            ("jordan", "turkish-military-presence-syria"): -2,
            ("jordan", "humanitarian-corridor-suwayda"): 2,
        },
        set(),
    ),
    # A brief's capitalised headline under its party's label is that party's; an unlabelled
    # capitalised line is the desk's.
    (
        "The week in brief\n\nOur round-up of the week's stories.\n\n"
        "EUROPEAN UNION: BRUSSELS BACKS A UN-RUN CORRIDOR TO SWEIDA\n"
        "Foreign ministers met informally on Saturday.\n\n"
        "ANKARA WELCOMES A CORRIDOR TO SWEIDA\nThe story is in the archive.\n",
        {("eu", "humanitarian-corridor-suwayda"): 2},
        {("turkey", "humanitarian-corridor-suwayda")},
    ),
    # Vocabulary: "a united, sovereign Syria", "a single Syria", "Zionist aircraft", helping
    # "the two sides" as mediation.
    (
        "Foreign Minister Jean-Noel Barrot reaffirmed France's support for \"a united, sovereign"
        ' Syria".',
        {("france", "syria-territorial-integrity"): 2},
        set(),
    ),
    (
        'Syria wants the talks. SDF commander Mazloum Abdi said the group was "committed to a'
        ' single Syria".',
        {("sdf", "syria-territorial-integrity"): 2},
        set(),
    ),
    (
        'Iranian foreign ministry spokesman Esmaeil Baghaei condemned what he called the "daily'
        ' aggression" of Zionist aircraft on Syrian territory.',
        {("iran", "israeli-strikes-syria"): -1},
        set(),
    ),
    (
        "Syria wants the talks. Russia, which was not in the room, said it remained ready to"
        ' assist the two sides "in any format they choose".',
        {("russia", "russian-mediation"): 2},
        set(),
    ),
    # Officials the codebook does not know, introduced with their party, speak for it later.
    (
        "Israel's negotiator, Yossi Kaplan, met Syria's chief negotiator, Ghassan Mourad, in Amman"
        ' on Monday. The talks resume today. "We will not come down from the Hermon," Kaplan'
        ' said. "We want the 1974 lines restored," Mourad said.',
        {("syria", "disengagement-agreement-1974"): 2},
        {("israel", "disengagement-agreement-1974")},
    ),
    # A leaked paper speaks for its one author: "the draft", "it" after a sentence on it.
    (
        "Leaked draft\n\nWASHINGTON - A draft framework drawn up by the U.S. envoy's team would"
        " reshape the south,"
        " according to a copy seen by the Dispatch. Israel and Syria have not commented.\n\n"
        "The core of the proposal is economic. It proposes a shared economic zone along the"
        " border. The draft also calls for the coordination cell in Amman to become permanent.",
        {
            ("united-states", "shared-economic-zone"): 2,
            ("united-states", "joint-coordination-mechanism"): 2,
        },
        set(),
    ),
    # "the Under-Secretary-General" is the UN's; '… presence …, he said, "must end"' ends it.
    (
        "Israel and Syria met in Baku. Briefing the Council, the Under-Secretary-General for Peace"
        " Operations urged both parties to respect the 1974 agreement. The presence of Israeli"
        ' forces in the area of separation, he said, "must end".',
        {("un", "disengagement-agreement-1974"): 2, ("un", "israeli-withdrawal"): 2},
        {("israel", "disengagement-agreement-1974"), ("syria", "israeli-withdrawal")},
    ),
    # "will not have X" refuses X; "will not have to" is an obligation; "pushing both sides
    # toward X" backs X.
    (
        "Syria and Israel met. An Israeli official said Israel will not have Russian patrols near"
        " its lines.",
        {("israel", "russian-military-presence-southern-syria"): -2},
        set(),
    ),
    (
        "Syria and Israel met. An Israeli official said Israel will not have to withdraw from the"
        " buffer zone under the deal.",
        {},
        {("israel", "israeli-withdrawal")},
    ),
    (
        "Syria and Israel met. The US envoy was pushing both sides hard toward a security"
        " agreement.",
        {("united-states", "security-agreement"): 2},
        set(),
    ),
    # "He described X as illegal": the describer judges, not X; "near the line" is the south.
    (
        "Russian Ambassador Vassily Nebenzia spoke at length. He described the American military"
        ' presence in north-east Syria as "illegal from the first day".',
        {("russia", "us-military-presence-syria"): -1},
        {("united-states", "us-military-presence-syria")},
    ),
    (
        "Syria and Israel met. Israel will not accept Russian forces anywhere near the line, an"
        " Israeli official said.",
        {("israel", "russian-military-presence-southern-syria"): -2},
        {("israel", "russian-bases-syria")},
    ),
    # A sentence opening on an earlier year is background, not a current position.
    (
        "Syria and Israel met. In 2018, Russian military police took up posts on the line, a"
        " deployment that Jordan welcomed. Israel now rejects any Russian presence in the south.",
        {("israel", "russian-military-presence-southern-syria"): -1},
        {("jordan", "russian-military-presence-southern-syria")},
    ),
    # An official introduced in the headline only ("Ghassan Mourad, Syria's chief negotiator").
    (
        "Profile: Ghassan Mourad, Syria's chief negotiator, returns to the table\n\nHe has spent"
        " forty years across the table from Israel and Hezbollah. Relations with Moscow should be"
        ' "good, not exclusive", Mourad said.\n',
        {("syria", "russia-syria-relations"): 2},
        {("hezbollah", "russia-syria-relations"), ("israel", "russia-syria-relations")},
    ),
    # Vocabulary: "restore the 1974 lines", "staying put", "at peace".
    (
        'Syria and Israel met. "We came to Baku to restore the 1974 lines, not to bless a new'
        ' reality," the Syrian negotiator said.',
        {("syria", "disengagement-agreement-1974"): 2},
        set(),
    ),
    (
        'Syria and Israel met. The Israeli spokesman said Israeli forces were "staying put until'
        ' the threat is gone."',
        {("israel", "israeli-withdrawal"): -2},
        set(),
    ),
    # "the proposed zone" is an adjective, not a proposal; '"… operations" by Israel' are
    # Israel's, across the closing quote.
    (
        "Syria and Israel met. Damascus balked at the depth of the proposed demilitarised zone in"
        " the south.",
        {("syria", "demilitarized-zone-south"): -1},
        set(),
    ),
    (
        'Syria and Israel met. Turkey said it was "not taking a position on individual'
        ' operations" by Israel in Syria.',
        {},
        {("turkey", "turkish-military-presence-syria")},
    ),
    (
        'Israel and Syria met. "The disengagement arrangements of 1974 are the law, and they'
        ' must be respected by everyone," Jordanian Foreign Minister Ayman Safadi said.',
        {("jordan", "disengagement-agreement-1974"): 2},
        set(),
    ),
    # Verdicts: "has no legal basis", "not on this government's table".
    (
        'Syria and Israel met. "The American presence east of the Euphrates has no legal basis'
        ' whatsoever," Lavrov said.',
        {("russia", "us-military-presence-syria"): -1},
        set(),
    ),
    (
        'Lebanon and Israel talk at Naqoura. "Normalisation is not on this government\'s table,"'
        " the Lebanese prime minister said.",
        {("lebanon", "israel-lebanon-normalization"): -1},
        set(),
    ),
    # An ordinal "no" item in an official's signed piece is the author's refusal.
    (
        "Opinion: What Jordan wants in southern Syria\n\nBy Ayman Safadi\n\nMy country has"
        " three demands. First, the Syrian state must return to the border. Second, the militias"
        " must go. Third, no foreign armies in the south. None.\n\nThe author is Deputy Prime"
        " Minister and Minister of Foreign Affairs of Jordan.\n",
        {("jordan", "foreign-military-presence-southern-syria"): -2},
        set(),
    ),
    # "out of the south" is both the place and the leaving.
    (
        "Syria and Israel met. Israel wants to keep the Syrian army out of the south.",
        {("israel", "syrian-army-redeployment-south"): -2},
        set(),
    ),
    # "warned X against Y": the warner opposes Y; X is the one warned.
    (
        "Iran's foreign minister warned Beirut against any normalisation with Israel.",
        {("iran", "israel-lebanon-normalization"): -1},
        {("lebanon", "israel-lebanon-normalization")},
    ),
    (
        "Cairo cautioned the Lebanese government against a separate peace with Israel.",
        {("egypt", "israel-lebanon-normalization"): -1},
        set(),
    ),
    # A relative clause between the subject and its verb does not lend it a subject.
    (
        "Turkey, which regards the SDF as a branch of the PKK, welcomed the American drawdown.",
        {("turkey", "us-military-presence-syria"): -1},
        {("sdf", "us-military-presence-syria")},
    ),
    # "the former", "the latter", "both men": the pair named before.
    (
        "Jordan's foreign minister, Ayman Safadi, received his Turkish counterpart, Hakan Fidan,"
        " in Amman. The latter said Ankara would keep its bases in northern Syria. The former,"
        " who chaired the meeting, rejected any partition of Syria. Both men called for an"
        " Israeli withdrawal from the buffer zone.",
        {
            ("turkey", "turkish-military-presence-syria"): 2,
            ("jordan", "syria-territorial-integrity"): 2,
            ("jordan", "israeli-withdrawal"): 2,
            ("turkey", "israeli-withdrawal"): 2,
        },
        {("turkey", "syria-territorial-integrity")},
    ),
    (
        "Egypt's foreign minister, Badr Abdelatty, met his Qatari counterpart, Mohammed bin"
        ' Abdulrahman Al Thani. The latter called a Palestinian state "the only way out" of the'
        " wars.",
        {("qatar", "two-state-solution"): 2},
        {("egypt", "two-state-solution")},
    ),
    # A sentence that opens on a party after a preposition is about it, not its words.
    (
        "Ghassan Mourad, Syria's negotiator, is back at the table. On Israel, the old line"
        ' holds. "We want a security agreement, and soon," he said.',
        {("syria", "security-agreement"): 2},
        {("israel", "security-agreement")},
    ),
    # Setting foot somewhere is being there.
    (
        "Damascus said Iranian forces will never set foot in the south again.",
        {("syria", "iranian-presence-syria"): -2},
        set(),
    ),
    # "in his words" frames a quotation; its "must end" ends what it names.
    (
        "Mazloum Abdi, the SDF commander, was blunt. The Turkish presence in Afrin is, in his"
        ' words, "an occupation that must end".',
        {("sdf", "turkish-military-presence-syria"): -2},
        set(),
    ),
    # "an SDF spokesman" then "the spokesman, Farhad Shami": the named man is the SDF's.
    (
        "The SDF asked for more time, an SDF spokesman said. The spokesman, Farhad Shami, spoke"
        " in Hasakah. Shami said the talks with Damascus were slow. He had no warmth for Ankara."
        ' The Turkish presence in Afrin is, in his words, "an occupation that must end".',
        {("sdf", "turkish-military-presence-syria"): -2},
        {("syria", "turkish-military-presence-syria")},
    ),
    # "The two sides" of a communiqué are the two its headline names, not every party the
    # point before spoke of.
    (
        "Joint statement of the foreign ministers of Egypt and Jordan\n\n"
        "1. The two sides condemned the Israeli strikes on Syrian territory, a breach of the"
        " Charter of the United Nations.\n\n"
        "2. The two sides demanded the withdrawal of Israeli forces from the buffer zone.",
        {("egypt", "israeli-withdrawal"): 2, ("jordan", "israeli-withdrawal"): 2},
        {("un", "israeli-withdrawal"), ("israel", "israeli-withdrawal")},
    ),
    # "she", in a piece about one unnamed official: the headline's official, not a former
    # envoy nor the officials of another party named since.
    (
        "France's foreign minister at a Paris think tank\n\nPARIS - France's foreign minister"
        " spoke on Wednesday, sharing the stage with a former American envoy. She defended the"
        " old arrangements, which Israeli officials call obsolete. The talks are slow. Few"
        ' expect a deal. Strikes on Syrian territory "do not make Israel safer", she said, "and'
        ' they must stop".',
        {("france", "israeli-strikes-syria"): -2},
        {("israel", "israeli-strikes-syria"), ("united-states", "israeli-strikes-syria")},
    ),
    # An ending said twice is one ending.
    (
        "Egypt's foreign minister spoke. Israel's presence beyond those lines, she said, \"has"
        ' to end, and it has to end by agreement".',
        {("egypt", "israeli-withdrawal"): 2},
        set(),
    ),
    # A paragraph that is all quotation, with no frame, in excerpts of the headline person's
    # speech: that person's words.
    (
        "Excerpts: al-Sharaa's speech in Daraa\n\nThe president spoke for an hour.\n\n"
        '"We are ready for an agreement. But normalisation with Israel is not on the table,'
        ' not today."\n\nThe crowd cheered.',
        {("syria", "israel-syria-normalization"): -2},
        set(),
    ),
    # Said of the future: "will protect", "will return to".
    (
        "Damascus said the state will protect the Druze of Suwayda. The Syrian army will"
        " return to Daraa and Quneitra, it added.",
        {("syria", "druze-protection"): 2, ("syria", "syrian-army-redeployment-south"): 2},
        set(),
    ),
    (
        "Safadi said agreements between Ankara and Damascus on military training are their"
        " sovereign business.",
        {("jordan", "turkey-syria-military-cooperation"): 0},
        set(),
    ),
    # A ministry's header line is the press release's voice, whatever its headline names.
    (
        "Press Release Regarding the Israeli Air Strikes in Central Syria\n\nRepublic of"
        " Türkiye — Ministry of Foreign Affairs\nNo: 12, 3 March 2026\n\nWe support the"
        " legitimate right of Syria to strengthen its air defence capabilities. We call on all"
        " parties, and first and foremost on the United States, to use their influence to"
        " ensure Israel's withdrawal from the territories it has occupied.",
        {("turkey", "syrian-strategic-weapons"): 2, ("turkey", "israeli-withdrawal"): 2},
        {
            ("israel", "syrian-strategic-weapons"),
            ("israel", "israeli-withdrawal"),
            ("turkey", "turkish-military-presence-syria"),
        },
    ),
    # "reaffirmed their full support for": the verb's subject holds it, here the pair.
    (
        "Egypt and Jordan met in Cairo. The two sides reaffirmed their full support for the"
        " unity and territorial integrity of the Syrian Arab Republic.",
        {("egypt", "syria-territorial-integrity"): 2, ("jordan", "syria-territorial-integrity"): 2},
        set(),
    ),
    (
        "Netanyahu said Israeli troops are staying on the summit of Mount Hermon.",
        {("israel", "israeli-withdrawal"): -2},
        set(),
    ),
    (
        "Israel's defence minister said Russian boots on the line of separation were \"off the"
        ' table".',
        {("israel", "russian-military-presence-southern-syria"): -2},
        set(),
    ),
    (
        "Syria rejects any humanitarian corridors in Suwayda.",
        {("syria", "humanitarian-corridor-suwayda"): -1},
        set(),
    ),
    # A fact-check's claim is what circulates, not anyone's position.
    (
        'Fact check: five viral claims\n\nClaim 5: "Israel has agreed to withdraw from Mount'
        ' Hermon as part of the Baku talks."\n\nVerdict: False.',
        {},
        {("israel", "israeli-withdrawal")},
    ),
    # "must be brought to an end" ends what it names; "an agreed timetable" is an adjective.
    (
        "Syria's foreign ministry said the American presence on Syrian territory must be"
        " brought to an end through an agreed timetable.",
        {("syria", "us-military-presence-syria"): -2},
        set(),
    ),
    (
        'The Syrian foreign ministry said the "only acceptable outcome" of any arrangement is'
        " Israel's withdrawal to the lines of 8 December 2024.",
        {("syria", "israeli-withdrawal"): 2},
        set(),
    ),
    (
        'The UN said the 1974 agreement "remains the binding framework".',
        {("un", "disengagement-agreement-1974"): 2},
        set(),
    ),
    # "X, she went on, …": a frame between the subject and its verb.
    (
        "Egypt's foreign minister spoke in Cairo. Israeli forces, she went on, must withdraw"
        " from the buffer zone.",
        {("egypt", "israeli-withdrawal"): 2},
        set(),
    ),
    # "American occupying forces" are American; "illegal and must end" is one verdict, not
    # an ending of the verdict.
    (
        "Iran's foreign ministry said the presence of American occupying forces on Syrian soil"
        ' "is illegal and must end".',
        {("iran", "us-military-presence-syria"): -2},
        {("iran", "iranian-presence-syria")},
    ),
    (
        "Syria's foreign minister said the 1974 agreement is our reference.",
        {("syria", "disengagement-agreement-1974"): 2},
        set(),
    ),
    (
        'An Israeli official said: "Our position hasn\'t changed: the IDF stays on the Hermon."',
        {("israel", "israeli-withdrawal"): -2},
        set(),
    ),
    (
        'Russia said it "intends to keep" its military facilities in Syria.',
        {("russia", "russian-bases-syria"): 2},
        set(),
    ),
    # "has made plain that … will not be allowed to return": the one who made it plain refuses.
    (
        "Damascus has made plain that Iranian-backed militias will not be allowed to return.",
        {("syria", "iranian-presence-syria"): -2},
        set(),
    ),
    (
        'Qassem said: "Nobody will take these weapons from us."',
        {("hezbollah", "hezbollah-disarmament"): -2},
        set(),
    ),
    (
        "Syria said Iranian militias will not be coming back.",
        {("syria", "iranian-presence-syria"): -2},
        set(),
    ),
    # Another party's forecast of someone's own act is not that one's refusal.
    (
        "Lavrov said the Americans will not leave Syria soon.",
        {},
        {("united-states", "us-military-presence-syria")},
    ),
    (
        "Netanyahu said Israeli forces will not withdraw from the Hermon.",
        {("israel", "israeli-withdrawal"): -2},
        set(),
    ),
    # "Russian-Syrian relations" are the relations of the pair, Russia's with Syria.
    (
        "Damascus reaffirmed its commitment to friendly Russian-Syrian relations.",
        {("syria", "russia-syria-relations"): 2},
        set(),
    ),
    (
        "Lebanon's information minister said: \"The decision that the state alone carries arms"
        ' was taken by the cabinet and it will be implemented."',
        {("lebanon", "hezbollah-disarmament"): 2},
        set(),
    ),
    # A quoted refusal as the object: 'wanted "no foreign army"'.
    (
        'Israel wanted "no foreign army" in the three southern provinces.',
        {("israel", "foreign-military-presence-southern-syria"): -2},
        set(),
    ),
    (
        "Syria wants the American troops out of the country.",
        {("syria", "us-military-presence-syria"): -2},
        set(),
    ),
    # Going back is withdrawing; not going back refuses it.
    (
        "Syria's negotiator said Israeli forces must go back to the December lines.",
        {("syria", "israeli-withdrawal"): 2},
        set(),
    ),
    (
        'Katz said Israel would not go back to "a line that protects nobody".',
        {("israel", "israeli-withdrawal"): -2},
        set(),
    ),
    (
        "Israel could live with Russian military police on the line of separation, one official"
        " said.",
        {("israel", "russian-military-presence-southern-syria"): 1},
        set(),
    ),
    # Columnists and former officials speak for no party.
    (
        "A columnist in an Israeli daily argues that Israel should hand back the Syrian side of"
        " Mount Hermon.",
        {},
        {("israel", "israeli-withdrawal")},
    ),
    (
        "A former Israeli ambassador said Israel should withdraw from the Hermon.",
        {},
        {("israel", "israeli-withdrawal")},
    ),
    # A country's National Security Council is not the UN's Security Council.
    (
        "The National Security Council argued that Israel should accept Russian observers under"
        " a UN flag rather than withdraw.",
        {},
        {("un", "israeli-withdrawal")},
    ),
    # The aside that describes the subject is not what the verb takes ("10,000" is one word).
    (
        "The Pentagon will cut US troops in Syria by half. Turkey, which has about 10,000"
        " soldiers in northern Syria by most estimates, welcomed the reduction.",
        {},
        {("turkey", "turkish-military-presence-syria")},
    ),
    # "his government", after a party's envoy, is that party.
    (
        "Signed by Syria's permanent representative, the letter says his government \"demands"
        ' the immediate and unconditional withdrawal" of Israeli forces.',
        {("syria", "israeli-withdrawal"): 2},
        set(),
    ),
    # "does not see a role for": the cue's own "role" is not the holder's presence.
    (
        'A State Department spokesperson said the US "does not see a role for Russian forces"'
        " in the area.",
        {},
        {("united-states", "us-military-presence-syria")},
    ),
    (
        "The 27-member bloc condemns the Israeli strikes on Syrian government forces.",
        {("eu", "israeli-strikes-syria"): -1},
        set(),
    ),
    # "free of Iranian influence": an absence wanted.
    (
        'The United States wanted "a south that is stable and free of Iranian influence."',
        {("united-states", "iranian-presence-syria"): -2},
        set(),
    ),
    (
        "Jordan wants a south free of foreign forces.",
        {("jordan", "foreign-military-presence-southern-syria"): -2},
        set(),
    ),
    (
        "Ministers meet in Cairo\n\nThe ministers discussed the situation in southern Syria and the security of the border with Israel. Egypt called for the departure of all foreign forces from Syrian soil.",
        {("egypt", "foreign-military-presence-syria"): -2},
        {("egypt", "foreign-military-presence-southern-syria")},
    ),
    (
        "Druze leaders respond\n\nSheikh Hikmat al-Hijri's office welcomed the call. In a statement read out by a spokesman, it said the community wanted the humanitarian corridor to Sweida kept open.",
        {("druze", "humanitarian-corridor-suwayda"): 2},
        set(),
    ),
    (
        "Jordan's minister on the south\n\nLast winter there was talk in Israel of Russian military police returning to the south. The smuggling networks grew under the protection of Iran's militias. They are gone from the south today, and Jordan will not tolerate their return.",
        {("jordan", "iranian-presence-syria"): -2},
        {("jordan", "russian-military-presence-southern-syria")},
    ),
    (
        'Al-Sharaa: "We will not trade the Golan"\n\nSyrian President Ahmed al-Sharaa gave a long interview to a Gulf channel on Tuesday. The interviewer then turned to Syria\'s neighbours.\n\nOn Turkey: "Turkey stood with us when few did. Our cooperation with Ankara in training the army is a Syrian decision, and we will continue it."',
        {("syria", "turkey-syria-military-cooperation"): 2},
        {("turkey", "turkey-syria-military-cooperation")},
    ),
    (
        "Syrian president gives interview\n\nSyrian President Ahmed al-Sharaa spoke to a Gulf channel on Tuesday about the country's partners.\n\nOn Iran, he was categorical. \"There is no place for Iran's militias in Syria. That chapter is closed.\"",
        {("syria", "iranian-presence-syria"): -2},
        set(),
    ),
    (
        "Syria's foreign minister said foreign forces do not belong on Syrian soil.",
        {("syria", "foreign-military-presence-syria"): -2},
        set(),
    ),
    (
        'Jordan and Egypt issued a joint statement after talks in Cairo. The two sides reaffirmed "their full support for the unity and territorial integrity of Syria, and their rejection of any attempt to divide it".',
        {("jordan", "syria-territorial-integrity"): 2, ("egypt", "syria-territorial-integrity"): 2},
        set(),
    ),
    (
        "Defence ministry briefing\n\nANKARA - The weekly briefing was held on Thursday.\n\nIranian militias have no place in Syria, the Ministry of National Defence said.",
        {("turkey", "iranian-presence-syria"): -2},
        set(),
    ),
    (
        "Aoun on the arms plan\n\nLebanese President Joseph Aoun met editors in Baabda on Wednesday. But peace and normalisation with Israel were not on the table, his office stressed in a statement.",
        {("lebanon", "israel-lebanon-normalization"): -2},
        set(),
    ),
    (
        'Lebanese President Joseph Aoun said: "There is no going back on the decision to confine weapons to the state."',
        {("lebanon", "hezbollah-disarmament"): 2},
        {("lebanon", "israeli-withdrawal")},
    ),
    (
        "Hezbollah leader Naim Qassem said normalisation with Israel will never pass in Lebanon.",
        {("hezbollah", "israel-lebanon-normalization"): -2},
        set(),
    ),
    (
        'Amman backs talks\n\nIn a statement issued on Wednesday, the Jordanian foreign ministry said it backed the talks in Paris. "Iranian militias have no place in Syria," the statement said.',
        {("jordan", "iranian-presence-syria"): -2},
        set(),
    ),
    (
        "Syria said the protection of the south is the responsibility of the Syrian Arab Army.",
        {("syria", "syrian-army-redeployment-south"): 2},
        set(),
    ),
    (
        "Israel wants the strip between the lines kept free of any foreign troops.",
        {("israel", "foreign-military-presence-syria"): -2},
        set(),
    ),
    (
        '"There is no scenario in which Russian uniforms come back to the Golan line," said an Israeli official.',
        {("israel", "russian-military-presence-southern-syria"): -2},
        set(),
    ),
    (
        "France said the integrity of Syria is not negotiable for us.",
        {("france", "syria-territorial-integrity"): 2},
        set(),
    ),
    (
        'Egypt "rejects any economic arrangements imposed under occupation" in the south, the ministry said.',
        {("egypt", "shared-economic-zone"): -1},
        set(),
    ),
    (
        'Riyadh\'s calculus\n\nSaudi Arabia is worried about the south. Officials close to the royal court describe this as consistency rather than change. The kingdom, one of them said, wants a Syria "whole and strong, not a map of spheres of influence".',
        {("saudi-arabia", "syria-territorial-integrity"): 2},
        {("syria", "iranian-presence-syria")},
    ),
    (
        "Envoy's post draws reactions\n\nWASHINGTON - The U.S. envoy Tom Barrack published a long post on Sunday.\n\nIn Ankara, the defence ministry's spokesman, asked about the post at his weekly briefing, said the talks were useful. Turkish troops, he added, would stay in northern Syria \"until the terror threat is eliminated\".",
        {("turkey", "turkish-military-presence-syria"): 2},
        {("united-states", "turkish-military-presence-syria")},
    ),
    (
        "The Russian offer comes as the Amman cell struggles to move from incident management to the larger questions of a security agreement and an Israeli withdrawal.",
        {},
        {("jordan", "security-agreement"), ("jordan", "israeli-withdrawal")},
    ),
    (
        'Safadi on Lebanon\n\nJordan\'s foreign minister Ayman Safadi spoke to reporters. "We back the Lebanese plan to bring every weapon under the authority of the state," he said.',
        {("jordan", "hezbollah-disarmament"): 2},
        set(),
    ),
    (
        "EU pledges aid\n\nThe European Union announced a further 15 million euros in aid on Monday. Its spokesperson said the bloc condemns the Israeli strikes on Syrian government forces near the city.",
        {("eu", "israeli-strikes-syria"): -1},
        set(),
    ),
    (
        'Damascus "will sign nothing that leaves an Israeli soldier on our land," the Syrian foreign minister said.',
        {("syria", "israeli-withdrawal"): 2},
        set(),
    ),
    (
        "Syria will sign nothing that does not include a full Israeli withdrawal.",
        {("syria", "israeli-withdrawal"): 2},
        set(),
    ),
    (
        'Hotline agreed\n\nThe Turkish defence ministry said the talks had produced "a de-confliction mechanism" whose purpose was "to prevent undesired incidents", and stressed that the arrangement "does not mean that Türkiye accepts Israel\'s attacks on Syria". The Turkish military presence in Syria, which is there at the invitation of the Syrian government, "is not up for discussion with third parties", a ministry spokesman told a weekly briefing in Ankara.',
        {("turkey", "turkish-military-presence-syria"): 2},
        set(),
    ),
    (
        'Turkey\'s foreign minister said: "We believe the time has come for the American forces to go."',
        {("turkey", "us-military-presence-syria"): -2},
        set(),
    ),
    (
        "Tehran lost the most\n\nIts officials insist that Iran has no plans to send forces. Damascus has been less diplomatic: the new government has said that Iranian-backed militias will not be allowed back, and it has arrested several smuggling networks it links to Hezbollah.",
        {("syria", "iranian-presence-syria"): -2},
        set(),
    ),
    (
        'Baku round ends\n\nIsrael\'s team wants an arrangement that would keep heavy weapons away, an Israeli official told TNW.\n\nThe same official said Israeli forces would stay on Mount Hermon "for the foreseeable future" whatever the outcome of the negotiations.',
        {("israel", "israeli-withdrawal"): -2},
        set(),
    ),
    (
        "Reactions\n\nDamascus was cooler. A Foreign Ministry statement rejected any corridor to Sweida outside the authority of the state.",
        {("syria", "humanitarian-corridor-suwayda"): -1},
        set(),
    ),
    (
        "Cairo talks\n\nThe foreign ministers discussed southern Syria and the border. Egypt's foreign minister also warned against what he called the militarisation of Syria by foreign powers.",
        {("egypt", "foreign-military-presence-syria"): -1},
        {("egypt", "foreign-military-presence-southern-syria")},
    ),
    (
        'Lebanon, the statement said, "values the American mediation and counts on it".',
        {("lebanon", "us-mediation"): 2},
        set(),
    ),
    (
        'Turkish Defence Minister Yasar Guler spoke to reporters in Ankara on Monday. He added that Turkish training of the new Syrian army "will go on as planned".',
        {("turkey", "turkey-syria-military-cooperation"): 2},
        {("syria", "turkey-syria-military-cooperation")},
    ),
    (
        "Sheikh Hikmat al-Hijri spoke to his followers on Sunday. He was firmer on Ankara, saying the Druze rejected any Turkish military presence in the south.",
        {("druze", "turkish-military-presence-syria"): -1},
        set(),
    ),
    (
        "The Security Council met on Syria on Thursday. Jérôme Bonnafont of France called for a full return to the 1974 Agreement and for the protection of the Druze in Sweida.",
        {("france", "disengagement-agreement-1974"): 2, ("france", "druze-protection"): 2},
        set(),
    ),
    (
        'Damascus responded on Sunday. The Syrian news agency SANA, quoting a government source, said Syria rejected any partial arrangement. The 1974 agreement, the source said, "remains the only legal reference" for the separation of forces.',
        {("syria", "disengagement-agreement-1974"): 2},
        set(),
    ),
    (
        "Jordan condemns strikes: full statement\n\nJordan's foreign ministry issued a statement on Thursday. The statement is reproduced below in full.\n\nWe condemn the Israeli strikes on Syrian territory. We call for the protection of the Druze community in Sweida.\n\n(End of statement.)\n\nIsrael's Defence Minister Israel Katz said earlier that the strikes would go on. Katz spoke in Jerusalem, where Netanyahu also spoke.",
        {("jordan", "druze-protection"): 2},
        {("israel", "druze-protection")},
    ),
    (
        "Qatar's Minister of State Mohammed Al-Khulaifi received the Syrian envoy in Doha on Monday. His Excellency stressed the need for the Israeli occupation forces to withdraw from all the Syrian territories they have occupied.",
        {("qatar", "israeli-withdrawal"): 2},
        {("syria", "israeli-withdrawal")},
    ),
    (
        'Syria\'s envoy Ibrahim Olabi sent a letter to the Security Council on Tuesday. The government "appreciates the efforts of the United States," the letter says.',
        {("syria", "us-mediation"): 1},
        set(),
    ),
    (
        "Hezbollah refused again on Monday. The government in Beirut, which wants every weapon under state control by December, did not blink.",
        {("lebanon", "hezbollah-disarmament"): 2},
        set(),
    ),
    (
        "Jordanian Foreign Minister Ayman Safadi said Israeli forces had to withdraw from the Hermon.",
        {("jordan", "israeli-withdrawal"): 2},
        set(),
    ),
    (
        "Jordan's foreign minister Ayman Safadi spoke in Amman on Monday. A two-state solution is not a slogan for us, he said; it is the only map that works.",
        {("jordan", "two-state-solution"): 2},
        set(),
    ),
    (
        "UN Secretary-General Antonio Guterres said on Monday that the 1974 Disengagement Agreement is not optional.",
        {("un", "disengagement-agreement-1974"): 2},
        set(),
    ),
    (
        "Turkish President Recep Tayyip Erdogan spoke after Friday prayers. In his words, there is no longer any justification for the American presence east of the Euphrates.",
        {("turkey", "us-military-presence-syria"): -1},
        set(),
    ),
    (
        "Damascus answered on Tuesday. The Syrian government has ruled a humanitarian corridor to Sweida out.",
        {("syria", "humanitarian-corridor-suwayda"): -2},
        set(),
    ),
    (
        "Talks on aid to Suwayda stalled again. Sheikh Hikmat al-Hijri's office said on Monday that it would not allow government forces back into the province.",
        {("druze", "syrian-army-redeployment-south"): -2},
        set(),
    ),
    (
        "An Israeli official said Israel would strike any force that threatens the Druze in Syria, wherever it is.",
        {("israel", "israeli-strikes-syria"): 2},
        set(),
    ),
    (
        'Kremlin spokesman Dmitry Peskov told reporters that Moscow was "ready to help the two parties, if they ask for it."',
        {("russia", "russian-mediation"): 1},
        set(),
    ),
    (
        "Riyadh summit\n\nThe leaders of Saudi Arabia, Egypt and Jordan closed a summit in Riyadh on Monday, the Syrian Arab Republic's unity at the top of its agenda.\n\nThe three leaders called on Israel to withdraw from all Syrian territory it has entered since December 2024.",
        {
            ("saudi-arabia", "israeli-withdrawal"): 2,
            ("egypt", "israeli-withdrawal"): 2,
            ("jordan", "israeli-withdrawal"): 2,
        },
        set(),
    ),
    (
        'Israeli Prime Minister Benjamin Netanyahu spoke in Jerusalem on Sunday. Reports that Moscow had sounded out Damascus had been "dealt with," he said. Russian patrols would not return to the border area under any arrangement.',
        {("israel", "russian-military-presence-southern-syria"): -2},
        {("israel", "israeli-withdrawal")},
    ),
    (
        "Netanyahu said Russian patrols would not return to the border area in the south under any arrangement.",
        {("israel", "russian-military-presence-southern-syria"): -2},
        {("israel", "israeli-withdrawal")},
    ),
    (
        "French Foreign Minister Jean-Noel Barrot spoke in Paris on Monday. He welcomed what he called the American engagement between Damascus and Jerusalem.",
        {("france", "us-mediation"): 1},
        set(),
    ),
    (
        "State Department spokeswoman Tammy Bruce spoke to reporters. She said Washington expected the Lebanese army to complete the disarmament of Hezbollah south of the Litani by the end of the year.",
        {("united-states", "hezbollah-disarmament"): 2},
        set(),
    ),
    (
        "Hezbollah leader Naim Qassem said the movement would never, under any circumstances, accept normalisation with Israel.",
        {("hezbollah", "israel-lebanon-normalization"): -1},
        set(),
    ),
    (
        "Israeli Defence Minister Israel Katz said Israel expected the Lebanese army to disarm Hezbollah everywhere.",
        {("israel", "hezbollah-disarmament"): 2},
        set(),
    ),
    (
        "US Secretary of State Marco Rubio said our forces will remain in Syria as long as the mission against ISIS requires it.",
        {("united-states", "us-military-presence-syria"): 2},
        set(),
    ),
    (
        'UN deputy envoy Anna Marsvik spoke in Geneva about the security agreement talks. We began with the question that hangs over the south: does the 1974 disengagement agreement still exist? Marsvik did not hesitate. The agreement, she said, "is in force, and the Secretary-General expects both parties to honour it in full."',
        {("un", "disengagement-agreement-1974"): 2},
        {("un", "security-agreement")},
    ),
    (
        "Syrian Defence Minister Murhaf Abu Qasra spoke after the prayer. The army, he said, would return to its positions in Quneitra and Daraa within weeks.",
        {("syria", "syrian-army-redeployment-south"): 2},
        set(),
    ),
    (
        "Russian Foreign Ministry spokeswoman Maria Zakharova said Russia had always stood for the unity and territorial integrity of Syria.",
        {("russia", "syria-territorial-integrity"): 2},
        set(),
    ),
    (
        "Turkish Defence Minister Yasar Guler said Turkey would train and equip the new Syrian army.",
        {("turkey", "turkey-syria-military-cooperation"): 2},
        set(),
    ),
    (
        "The foreign ministers of Qatar, Egypt and Jordan met in Cairo on Sunday. The three ministers called on Israel to pull out of the buffer zone. They also demanded an end to Israeli air strikes on Syria.",
        {
            ("qatar", "israeli-strikes-syria"): -2,
            ("egypt", "israeli-strikes-syria"): -2,
            ("jordan", "israeli-strikes-syria"): -2,
        },
        {("israel", "israeli-strikes-syria"), ("syria", "israeli-strikes-syria")},
    ),
    (
        "A senior official briefed reporters on Monday. The American envoy, who chaired the last round, is expected back in the region next week.\n\nIsrael, the official said, wants a written security agreement with Damascus. Turkish bases in central Syria would not be accepted either, he added.",
        {("israel", "turkish-military-presence-syria"): -2},
        {("united-states", "turkish-military-presence-syria")},
    ),
    (
        "Defence Minister Israel Katz said Israel will not allow Syria to rebuild its strategic capabilities.",
        {("israel", "syrian-strategic-weapons"): -2},
        set(),
    ),
    (
        "Tehran sees the American troops in eastern Syria as occupiers. Amman considers the 1974 agreement the only legitimate reference for the frontier. Doha regards a corridor to Sweida as a Trojan horse.",
        {
            ("iran", "us-military-presence-syria"): -1,
            ("jordan", "disengagement-agreement-1974"): 2,
            ("qatar", "humanitarian-corridor-suwayda"): -1,
        },
        set(),
    ),
    (
        "Moscow regards its bases at Hmeimim and Tartus as assets it has no intention of giving up.",
        {("russia", "russian-bases-syria"): 1},
        set(),
    ),
    (
        "Syrian Foreign Minister Asaad al-Shibani said there can be no security agreement without a full Israeli withdrawal from the buffer zone. Jordan saw no place for foreign troops of any flag in southern Syria, Foreign Minister Ayman Safadi said. Israel would not be drawn into a timetable for leaving the Hermon, an Israeli official said.",
        {
            ("syria", "israeli-withdrawal"): 2,
            ("jordan", "foreign-military-presence-southern-syria"): -2,
            ("israel", "israeli-withdrawal"): -1,
        },
        set(),
    ),
    (
        "The presidency said the Syrian leader appreciated the role of the American envoy.",
        {("syria", "us-mediation"): 1},
        {("syria", "us-military-presence-syria")},
    ),
    (
        "Israeli officials have floated normalisation for months. A senior administration official briefed reporters on Tuesday. American troops would stay in the north-east, the official said.",
        {("united-states", "us-military-presence-syria"): 2},
        {("israel", "us-military-presence-syria")},
    ),
    (
        "Asked whether Russia should keep its naval base at Tartus, Foreign Minister Jean-Noel Barrot said it was for the Syrian authorities to decide. Iran's ambassador, asked about the plan to disarm Hezbollah, said the question of the weapons was a Lebanese matter.",
        {("france", "russian-bases-syria"): 0, ("iran", "hezbollah-disarmament"): 0},
        set(),
    ),
    (
        "An Israeli official said any deal would have to keep the south free of heavy weapons and would have to include a ban on Syrian air defence systems.",
        {("israel", "demilitarized-zone-south"): 2, ("israel", "syrian-strategic-weapons"): -2},
        set(),
    ),
    (
        "The UN Security Council extended the mandate of UNDOF on Monday. The resolution, a two-page text adopted without debate, called on the parties to observe the 1974 Disengagement Agreement. Jordan issued a statement on Monday. The statement, a short text, called on Israel to withdraw from the buffer zone. Asked about a report that Amman had offered a route to Sweida, the spokesman said the kingdom would not open any corridor to the province.",
        {
            ("un", "disengagement-agreement-1974"): 2,
            ("jordan", "israeli-withdrawal"): 2,
            ("jordan", "humanitarian-corridor-suwayda"): -2,
        },
        set(),
    ),
    (
        "US envoy Tom Barrack met reporters in Brussels on Monday. The envoy, who has shuttled between Damascus, Jerusalem and Paris for a year, said he wanted the security deal signed before the summer.",
        {("united-states", "security-agreement"): 2},
        {("israel", "security-agreement")},
    ),
    (
        '"We want a Syria that is whole, not a Syria cut into pieces," Iranian Foreign Minister Abbas Araghchi said. The office of Sheikh Hikmat al-Hijri said the community would not accept the return of government security forces to Sweida.',
        {
            ("iran", "syria-territorial-integrity"): 2,
            ("druze", "syrian-army-redeployment-south"): -2,
        },
        set(),
    ),
    (
        "In Riyadh, an official denied a separate report in the same broadcast that Saudi Arabia had pledged a billion dollars for an economic zone on the Syrian side of the border. Asked by an opposition member about reports that Moscow was preparing to send military police back to the Golan, Israeli Foreign Minister Gideon Saar was blunt.\n\n*And a Palestinian state alongside Israel, which Riyadh and Paris are pushing for?*",
        {},
        {
            ("russia", "russian-military-presence-southern-syria"),
            ("france", "two-state-solution"),
            ("saudi-arabia", "two-state-solution"),
        },
    ),
    (
        "Jordanian Foreign Minister Ayman Safadi denied a separate report in the Israeli press that Amman would accept Russian patrols in southern Syria.",
        {("jordan", "russian-military-presence-southern-syria"): -2},
        set(),
    ),
    (
        "Araghchi: the interview\n\n*Minister, is Iran still present in Syria?*\n\nARAGHCHI: We have differences with Damascus, I will not hide it.\n\n*And the Russian bases? Moscow wants to stay in Hmeimim and Tartus.*\n\nARAGHCHI: We respect the choices of the Syrian people.",
        {},
        {("russia", "russian-bases-syria")},
    ),
    (
        'Jordan, the host, said the coordination cell "will keep meeting, in good weather and bad." Russia\'s bases at Hmeimim and Tartus, Foreign Minister Sergei Lavrov said, "will continue to operate under the agreements we have".',
        {("jordan", "joint-coordination-mechanism"): 2, ("russia", "russian-bases-syria"): 2},
        set(),
    ),
    (
        'The same official said Israel was "interested" in the economic chapter of the plan. A Syrian official said Damascus remained interested in a security agreement with Israel.',
        {("israel", "shared-economic-zone"): 1, ("syria", "security-agreement"): 1},
        set(),
    ),
    (
        "Prime Minister Nawaf Salam said the government thanks the American side for its efforts.",
        {("lebanon", "us-mediation"): 1},
        set(),
    ),
    (
        "Iranian Foreign Minister Abbas Araghchi said the American forces have no legitimate reason to be on Syrian soil. France would recognise the State of Palestine, Foreign Minister Jean-Noel Barrot said.",
        {("iran", "us-military-presence-syria"): -1, ("france", "two-state-solution"): 2},
        set(),
    ),
    (
        "Jordanian Foreign Minister Ayman Safadi said Jordan was not looking for any foreign army along its border with southern Syria.",
        {("jordan", "foreign-military-presence-southern-syria"): -1},
        set(),
    ),
    (
        '"Not a single Russian soldier south of Damascus," an Israeli official said.',
        {("israel", "russian-military-presence-southern-syria"): -2},
        set(),
    ),
    (
        'A foreign ministry spokesman said Iran "has no military presence in Syria and seeks none."',
        {("iran", "iranian-presence-syria"): -2},
        set(),
    ),
    (
        "Defence Minister Israel Katz said Israel will not pull back from a single position on Mount Hermon.",
        {("israel", "israeli-withdrawal"): -2},
        set(),
    ),
    (
        "Prime Minister Benjamin Netanyahu said Israel will not come down from the Hermon summit.",
        {("israel", "israeli-withdrawal"): -2},
        set(),
    ),
    (
        "Turkish Defence Minister Yasar Guler said Ankara will keep its forward posts in northern Syria.",
        {("turkey", "turkish-military-presence-syria"): 2},
        set(),
    ),
    (
        "A State Department spokesman said Washington stands with the Lebanese state as it takes control of all weapons in the country.",
        {("united-states", "hezbollah-disarmament"): 2},
        set(),
    ),
    (
        "Russia's deputy ambassador Dmitry Polyanskiy said Moscow supported the restoration of the disengagement regime on the Golan and categorically rejects any attempt to redraw Syria's borders.",
        {
            ("russia", "disengagement-agreement-1974"): 2,
            ("russia", "syria-territorial-integrity"): 2,
        },
        set(),
    ),
    (
        'Hezbollah\'s weapons "are not for handing over," Secretary-General Naim Qassem said. Lebanon is not heading towards normalisation with Israel, President Joseph Aoun said. A State Department spokeswoman said a security deal between Israel and Syria is still the best way to keep the border calm.',
        {
            ("hezbollah", "hezbollah-disarmament"): -2,
            ("lebanon", "israel-lebanon-normalization"): -1,
            ("united-states", "security-agreement"): 2,
        },
        set(),
    ),
    (
        "MINISTER BARROT: Whether Lebanon normalises its relations with Israel is a sovereign Lebanese decision, and it is not for France to decide.",
        {("france", "israel-lebanon-normalization"): 0},
        set(),
    ),
    (
        "Israeli and Syrian officers held a third round of talks in Baku on a de-confliction mechanism for the south. Azerbaijan's foreign ministry said Baku stood ready to host further rounds for as long as both sides found them useful.",
        {("azerbaijan", "joint-coordination-mechanism"): 2},
        set(),
    ),
    (
        "In Amman, Government Spokesman Walid Haddad spoke to reporters after the cabinet session. He said Israeli forces must withdraw from the buffer zone without delay.",
        {("jordan", "israeli-withdrawal"): 2},
        {("israel", "israeli-withdrawal")},
    ),
    (
        "Talks between Israeli and Syrian officers resumed in Amman. The U.S. envoy, who has chaired every round since March, said the gaps were narrowing.",
        {("united-states", "us-mediation"): 2},
        set(),
    ),
    (
        "Barrack has been shuttling between Beirut and Jerusalem for a month. The sessions, chaired by a Jordanian diplomat, ended on Sunday.",
        {("united-states", "us-mediation"): 2},
        {("jordan", "us-mediation")},
    ),
    (
        "Peskov told reporters that relations between Moscow and Damascus were developing. A Syrian minister said ties with Russia were being rebuilt on a new basis.",
        {("russia", "russia-syria-relations"): 1, ("syria", "russia-syria-relations"): 1},
        set(),
    ),
    (
        "Normalisation with Israel is not a conversation for this year, a Syrian official said. A Turkish diplomat said Israeli strikes on Syria were not a security policy.",
        {("syria", "israel-syria-normalization"): -1, ("turkey", "israeli-strikes-syria"): -1},
        set(),
    ),
    (
        "Jordan and Egypt said Israel must withdraw from the buffer zone. Erdogan said a lasting peace required an independent Palestinian state.",
        {
            ("jordan", "israeli-withdrawal"): 2,
            ("egypt", "israeli-withdrawal"): 2,
            ("turkey", "two-state-solution"): 2,
        },
        set(),
    ),
    (
        'Council hears of fragile Golan line\n\nBriefing the Security Council, Maria Lindqvist, Assistant Secretary-General for the Middle East, said observers had recorded new positions. "Israel\'s positions there must be vacated," she said.\n\nThe representative of the Russian Federation said the raids were a breach of international law. He added that his country was prepared to lend its good offices to Damascus and West Jerusalem.',
        {("un", "israeli-withdrawal"): 2, ("russia", "russian-mediation"): 2},
        {("un", "russian-mediation"), ("israel", "israeli-withdrawal")},
    ),
    (
        'Where the main players stand\n\nRUSSIA\n\nOfficials say the bases at Hmeimim and Tartus will stay "whatever is signed".\n\nTURKEY\n\nAnkara has signed training agreements with the Syrian army.',
        {("russia", "russian-bases-syria"): 2},
        set(),
    ),
    (
        "A retired Israeli general told a Tel Aviv conference that the army should leave the Hermon within months.",
        {},
        {("israel", "israeli-withdrawal")},
    ),
    (
        'The Levant Hour, episode 9: "The Turks and the Hermon"\n\n[00:00:04] RINA COHEN (host): Welcome. With me are Eli Barak, a former adviser, and Dana Shaked, who still works in government.\n\n[00:00:20] COHEN: Dana, is the summit on the table?\n\n[00:00:24] SHAKED: No. We will not accept Turkish bases in southern Syria.\n\n[00:00:31] BARAK: I think we should be more flexible.\n\n[00:00:40] COHEN: Eli, what would you offer?\n\n[00:00:44] BARAK: A shared economic zone along the border is worth exploring.',
        {},
        {("turkey", "turkish-military-presence-syria")},
    ),
    (
        "Naim Qassem said Hezbollah will keep its weapons. A Hezbollah lawmaker said the party insists on keeping its arsenal. The U.S. embassy said Washington will keep backing the army's plan to disarm Hezbollah.",
        {("hezbollah", "hezbollah-disarmament"): -2, ("united-states", "hezbollah-disarmament"): 2},
        set(),
    ),
    (
        "A Saudi official said normalisation with Israel would stay frozen as long as Israeli soldiers sit on Syrian soil.",
        {("saudi-arabia", "israel-saudi-normalization"): -1},
        set(),
    ),
    (
        "A UNDOF liaison officer, who asked that his name not be given, said both parties must respect the 1974 agreement. Turkey's foreign ministry repeated that Israeli strikes on Syrian air bases must stop.",
        {("un", "disengagement-agreement-1974"): 2, ("turkey", "israeli-strikes-syria"): -2},
        set(),
    ),
    (
        "France wants UNDOF back at every one of its posts, a French diplomat said.",
        {("france", "disengagement-agreement-1974"): 2},
        set(),
    ),
    (
        'Egyptian Foreign Minister Badr Abdelatty "condemned in the strongest terms" (adana bi-ashadd al-\'ibarat) the Israeli strikes on Syrian territory. Qatar\'s minister said Doha "appreciates" (tuthamminu) the American efforts to mediate between Syria and Israel.',
        {("egypt", "israeli-strikes-syria"): -1, ("qatar", "us-mediation"): 1},
        set(),
    ),
    (
        'Chronology\n\nIsrael and Syria held a fourth round of talks in Baku.\n\nForeign Minister Sergei Lavrov says Moscow is no longer seeking a mediating role and will "support whatever the two sides agree between themselves".',
        {("russia", "russian-mediation"): -1},
        {("israel", "russian-mediation"), ("syria", "russian-mediation")},
    ),
    (
        "Brussels update\n\nThe EU's foreign-policy chief told lawmakers that the bloc supports a safe, UN-monitored humanitarian route to Sweida. She also said the protection of the Druze was non-negotiable for us.",
        {("eu", "druze-protection"): 2},
        {("un", "druze-protection")},
    ),
    (
        "An Israeli official told the paper that Israel would not hand back the positions on Mount Hermon as part of any first phase.",
        {("israel", "israeli-withdrawal"): -2},
        set(),
    ),
    (
        "Al-Sharaa said his government intended to send regular army units back to Daraa and Quneitra, and that the training agreements signed with Ankara last year will go ahead in full.",
        {
            ("syria", "syrian-army-redeployment-south"): 2,
            ("syria", "turkey-syria-military-cooperation"): 2,
        },
        set(),
    ),
    (
        "The EU statement deplored the latest Israeli strike near Damascus airport. Lavrov also called Israeli operations in southern Syria provocative and dangerous.",
        {("eu", "israeli-strikes-syria"): -1, ("russia", "israeli-strikes-syria"): -1},
        set(),
    ),
    (
        "An EU spokeswoman said Brussels was not against a humanitarian corridor to Sweida. Lavrov said relations with Damascus were on an upward path. Safadi said the corridor was not something Jordan would be party to.",
        {("eu", "humanitarian-corridor-suwayda"): 1, ("russia", "russia-syria-relations"): 1},
        set(),
    ),
    (
        "Bogdanov said Russia stood ready to contribute to the talks between Israel and Syria. A Syrian official said economic projects cannot come before land is returned.",
        {("russia", "russian-mediation"): 2, ("syria", "shared-economic-zone"): -1},
        set(),
    ),
    (
        "Talks between Israeli and Syrian officials, brokered by the United States, have taken place in Paris and Baku.",
        {("united-states", "us-mediation"): 2},
        set(),
    ),
    (
        "Turkish and Israeli officers met in Baku on a deconfliction mechanism. Azerbaijan's foreign ministry said it would continue to offer a venue for the contacts. Turkey says its training mission for the Syrian army will expand to air defence.",
        {
            ("azerbaijan", "joint-coordination-mechanism"): 2,
            ("turkey", "turkey-syria-military-cooperation"): 2,
        },
        set(),
    ),
    (
        "A Syrian source said the Russian bases can stay. Lavrov said cooperation with Damascus in all areas will continue to develop. The SDF commander described the Turkish military presence in northern Syria as an occupation.",
        {
            ("syria", "russian-bases-syria"): 1,
            ("russia", "russia-syria-relations"): 2,
            ("sdf", "turkish-military-presence-syria"): -1,
        },
        set(),
    ),
    (
        'Syrian Foreign Minister Asaad al-Shibani spoke in Damascus. Iran\'s project in Syria "is over and will not return," he said.',
        {("syria", "iranian-presence-syria"): -2},
        {("iran", "iranian-presence-syria")},
    ),
    (
        "Syria is now open to the economic zone proposal, a Syrian official said. Syria's earlier rejection of the economic zone had been one of the main obstacles in the talks.",
        {("syria", "shared-economic-zone"): 1},
        set(),
    ),
    (
        "France expects Hezbollah to hand its heavy weapons to the Lebanese army, the French foreign ministry said. Naim Qassem said the party's weapons are not up for discussion, now or later.",
        {("france", "hezbollah-disarmament"): 2, ("hezbollah", "hezbollah-disarmament"): -2},
        set(),
    ),
    (
        "Qatar's foreign ministry briefing\n\nQ1: Saudi Arabia has said it will not normalise with Israel without a Palestinian state. Do you agree?\n\nA1: Talk of economic zones is premature while Syrian land is occupied.",
        {("qatar", "shared-economic-zone"): -1},
        {("saudi-arabia", "israel-saudi-normalization")},
    ),
    (
        "A former Jordanian ambassador, who read the minutes at the paper's request, said the economic zone was a mistake. The United Nations Disengagement Observer Force, whose observers still patrol the area, said the mission continues to uphold the 1974 agreement.",
        {("un", "disengagement-agreement-1974"): 2},
        {("jordan", "shared-economic-zone")},
    ),
    (
        "Prince Faisal said the kingdom will not establish relations with Israel before irreversible steps toward a Palestinian state.",
        {("saudi-arabia", "two-state-solution"): 2},
        set(),
    ),
    (
        "The Russian defence ministry said it has not abandoned plans to restore its observation posts along the line of separation in the south.",
        {("russia", "russian-military-presence-southern-syria"): 2},
        set(),
    ),
    (
        "Evening bulletin\n\nANCHOR: The Ministry of Foreign Affairs and Expatriates today demanded an immediate halt to the Israeli attacks on Syrian territory.\n\nANCHOR: Baabda said Hezbollah must hand its weapons to the army.",
        {("syria", "israeli-strikes-syria"): -2, ("lebanon", "hezbollah-disarmament"): 2},
        set(),
    ),
    (
        '"The Druze of Syria must not be slaughtered. We are committed to their protection," @IsraelMFA wrote on X on Wednesday morning.',
        {("israel", "druze-protection"): 2},
        {("druze", "druze-protection")},
    ),
    (
        "Speaking for France, the representative said the Israeli forces should return to the lines they held before December 2024. Speaking on behalf of the European Union, the delegate said the 1974 agreement must be respected.",
        {("france", "israeli-withdrawal"): 2, ("eu", "disengagement-agreement-1974"): 2},
        set(),
    ),
    (
        "Council meeting\n\nThe representative of Jordan said the kingdom backs the 1974 agreement. She added that any Turkish base in southern Syria would be unacceptable.\n\nThe representative of the United States said her delegation would keep facilitating direct talks. She added that any Russian deployment in southern Syria would be unacceptable.",
        {("united-states", "russian-military-presence-southern-syria"): -2},
        {("jordan", "russian-military-presence-southern-syria")},
    ),
    (
        "The official said Israel's aim remained a demilitarised south.",
        {("israel", "demilitarized-zone-south"): 2},
        set(),
    ),
    (
        'The prime minister\'s office told reporters that "the Russian channel is closed" and that the talks would run through Washington only.',
        {("israel", "russian-mediation"): -2},
        set(),
    ),
    (
        "Hezbollah leader Naim Qassem said the group's weapons are not for handover to anyone, under any name, at any time. Lebanon's cabinet said it wants the army to finish collecting weapons south of the Litani, including Hezbollah's.",
        {("hezbollah", "hezbollah-disarmament"): -2, ("lebanon", "hezbollah-disarmament"): 2},
        set(),
    ),
    (
        "MOSCOW, Sept 3 (Agency) - Lavrov stated that the presence of Russian forces at Hmeimim and Tartus rests on agreements with the legitimate Syrian authorities and will continue.",
        {
            ("russia", "russian-bases-syria"): 2,
        },
        {
            ("syria", "russian-bases-syria"),
        },
    ),
    (
        "PARIS - The minister said France would back any settlement between Israel and Syria that returns Israeli troops to the 1974 lines and that Damascus freely accepts.",
        {
            ("france", "disengagement-agreement-1974"): 2,
        },
        {
            ("syria", "disengagement-agreement-1974"),
        },
    ),
    (
        "ANKARA - Speculation in some Gulf outlets that Türkiye intends to station fighter jets at an air base near Homs is unfounded, a Turkish defence ministry source said on Thursday.",
        {},
        {
            ("turkey", "turkish-military-presence-syria"),
            ("turkey", "syrian-strategic-weapons"),
        },
    ),
    (
        "Channel 12 reports that Israel will not allow Turkish bases in central Syria.",
        {
            ("israel", "turkish-military-presence-syria"): -2,
        },
        set(),
    ),
    (
        "MOSCOW, July 2 - Russia said its military police were ready to resume patrols along the separation line in southern Syria should the Syrian leadership request it.",
        {},
        {
            ("syria", "russian-military-presence-southern-syria"),
        },
    ),
    (
        'DAMASCUS - Al-Sharaa was quoted as telling Trump that Syria would remain "one state, one army" whatever pressures were brought to bear.',
        {
            ("syria", "syria-territorial-integrity"): 2,
        },
        {
            ("united-states", "syria-territorial-integrity"),
        },
    ),
    (
        'Syria wanted the American forces out "in an orderly manner", a foreign ministry official said.',
        {
            ("syria", "us-military-presence-syria"): -2,
        },
        set(),
    ),
    (
        "The Israeli prime minister said Israel wants the Iranian militias out, and soon.",
        {
            ("israel", "iranian-presence-syria"): -2,
        },
        set(),
    ),
    (
        "Ankara wants the Turkish troops out on patrol near Afrin to stay there for years, the defence ministry said.",
        {
            ("turkey", "turkish-military-presence-syria"): 2,
        },
        set(),
    ),
    (
        "MOSCOW - Russia remains available to help Israel and Syria reach an understanding on the south, Foreign Ministry spokeswoman Maria Zakharova said.",
        {
            ("russia", "russian-mediation"): 2,
        },
        set(),
    ),
    (
        "Israel rebuffed the Russian offer to send military police back to the Golan line, an Israeli official said on Sunday.",
        {
            ("israel", "russian-military-presence-southern-syria"): -1,
            ("russia", "russian-military-presence-southern-syria"): 2,
        },
        set(),
    ),
    (
        "Damascus turned down the Israeli proposal for a demilitarised zone south of the capital, the Syrian foreign ministry said.",
        {
            ("syria", "demilitarized-zone-south"): -1,
            ("israel", "demilitarized-zone-south"): 2,
        },
        set(),
    ),
    (
        "Any roadmap without international protection for the Druze is a non-starter, Sheikh Hikmat al-Hijri said.",
        {
            ("druze", "druze-protection"): 2,
        },
        set(),
    ),
    (
        "Normalisation without a Palestinian state is out of the question, the Saudi foreign minister said.",
        {
            ("saudi-arabia", "israel-saudi-normalization"): 0,
            ("saudi-arabia", "two-state-solution"): 2,
        },
        set(),
    ),
    (
        "The Syrian foreign ministry lambasted the Israeli strikes on Kiswah.",
        {
            ("syria", "israeli-strikes-syria"): -1,
        },
        set(),
    ),
    (
        "Ankara is pressing ahead with its training programme for the new Syrian army, the Turkish defence ministry said.",
        {
            ("turkey", "turkey-syria-military-cooperation"): 2,
        },
        set(),
    ),
    (
        "Jordan is supportive of any step that brings Syrian government forces back to Daraa, Safadi said.",
        {
            ("jordan", "syrian-army-redeployment-south"): 1,
        },
        set(),
    ),
    (
        "Syria has the right to rebuild its air defences, the Syrian foreign ministry said.",
        {
            ("syria", "syrian-strategic-weapons"): 1,
        },
        set(),
    ),
    (
        "Moscow will not abandon its bases at Hmeimim and Tartus, the Russian deputy foreign minister said.",
        {
            ("russia", "russian-bases-syria"): 2,
        },
        set(),
    ),
    (
        "Hezbollah said any normalisation with Israel would be confronted by every means.",
        {
            ("hezbollah", "israel-lebanon-normalization"): -1,
        },
        set(),
    ),
    (
        "Jordanian Foreign Minister Ayman Safadi said there could be no peace without an independent Palestinian state.",
        {
            ("jordan", "two-state-solution"): 2,
        },
        set(),
    ),
    (
        "The Egyptian foreign minister said a just peace cannot be achieved without the establishment of a Palestinian state.",
        {
            ("egypt", "two-state-solution"): 2,
        },
        set(),
    ),
    (
        "Israel held talks with Syria without a Russian presence, officials said.",
        {},
        {
            ("israel", "russian-military-presence-southern-syria"),
        },
    ),
    (
        "Safadi said there can be no stability without an end to the Israeli strikes on Syria.",
        {
            ("jordan", "israeli-strikes-syria"): -2,
        },
        set(),
    ),
    (
        "Damascus said on Sunday that all foreign troops deployed on its territory without its consent should leave.",
        {
            ("syria", "foreign-military-presence-syria"): -1,
        },
        set(),
    ),
    (
        "Speaking at the cabinet meeting, the prime minister said Israel would not let Iran return to Syria by the back door.",
        {
            ("israel", "iranian-presence-syria"): -2,
        },
        set(),
    ),
    (
        "Israel will not let up its strikes on weapons depots in Syria, the defence minister said.",
        {("israel", "israeli-strikes-syria"): 2},
        set(),
    ),
    (
        "Israeli officials said they had seen renewed Iranian attempts to smuggle weapons across the desert, and that Israel will not allow Iran to rebuild any foothold in Syria.",
        {
            ("israel", "iranian-presence-syria"): -2,
        },
        {("iran", "iranian-presence-syria")},
    ),
    (
        "Israel is prepared, in principle, to pull its troops back from the positions it holds in southern Syria, a senior Israeli official told reporters.",
        {
            ("israel", "israeli-withdrawal"): 1,
        },
        set(),
    ),
    (
        "The Syrian foreign ministry said Damascus would sign a security agreement only if it set out a binding timetable for an Israeli withdrawal.",
        {
            ("syria", "security-agreement"): 1,
            ("syria", "israeli-withdrawal"): 2,
        },
        set(),
    ),
    (
        "Lebanese officials confirmed that Beirut would join the US-chaired monitoring mechanism.",
        {
            ("lebanon", "joint-coordination-mechanism"): 1,
        },
        set(),
    ),
    (
        'Lavrov meets al-Shibani\n\nThe Russian foreign minister, Sergei Lavrov, spoke after talks with his Syrian counterpart.\n\n"Israel has to pull back to the 1974 lines. Nothing else has a legal basis," he said.',
        {
            ("russia", "israeli-withdrawal"): 2,
        },
        set(),
    ),
    (
        "Lavrov meets al-Shibani\n\nLavrov criticised the Israeli air raids on Syrian territory and said Israeli soldiers had to leave the areas they entered in December.",
        {
            ("russia", "israeli-withdrawal"): 2,
        },
        {("russia", "russian-bases-syria")},
    ),
    (
        'Syria reacts\n\nIn Damascus, the foreign ministry responded within hours. In a statement carried by the state news agency SANA, it said Syria opposed the presence of any foreign forces deployed without the approval of the government.\n\n"The unity of Syrian land is not negotiable," the statement said.',
        {
            ("syria", "syria-territorial-integrity"): 2,
            ("syria", "foreign-military-presence-syria"): -1,
        },
        set(),
    ),
    (
        'Damascus reacts\n\nThe Syrian foreign ministry said it rejected any foreign troops on its soil without its consent and described the Turkish bases in the north as "a violation of international law."',
        {
            ("syria", "foreign-military-presence-syria"): -1,
            ("syria", "turkish-military-presence-syria"): -1,
        },
        set(),
    ),
    (
        'Syria responds\n\nA Syrian foreign ministry statement said there was "no longer any justification for the presence of foreign troops on Syrian soil," and called the deployment "a page that must now be turned."',
        {
            ("syria", "foreign-military-presence-syria"): -1,
        },
        set(),
    ),
    (
        'Iran talks\n\nAraghchi, asked whether Tehran backed the Arab plan, said his government "does not believe in the two-state formula."',
        {
            ("iran", "two-state-solution"): -1,
        },
        set(),
    ),
    (
        'Israel and Russia\n\nChannel 12 reported, citing an Israeli official, that Israel had no objection to the Russian bases on the coast "as long as the Russians keep away from the Golan."',
        {
            ("israel", "russian-bases-syria"): 1,
        },
        set(),
    ),
    (
        "Damascus reacts\n\nAl-Shibani said Damascus could not discuss joint economic projects in the south while the occupation continues.",
        {
            ("syria", "shared-economic-zone"): -1,
        },
        set(),
    ),
    (
        "Doha meeting\n\nThe Syrian foreign minister, Asaad al-Shibani, said Damascus wanted the talks to go on.\n\nHe also expressed opposition to a demilitarised zone in the south.",
        {
            ("syria", "demilitarized-zone-south"): -1,
        },
        set(),
    ),
    (
        "UNDOF mandate\n\nThe Syrian envoy told the council that Damascus considered the 1974 agreement fully in force.",
        {
            ("syria", "disengagement-agreement-1974"): 2,
        },
        set(),
    ),
    (
        "Ankara talks\n\nFidan said Ankara would never accept the emergence of a separate entity in the north-east of Syria.",
        {
            ("turkey", "syria-territorial-integrity"): 2,
        },
        set(),
    ),
    (
        "Suwayda talks\n\nA year ago, Sheikh Hikmat al-Hijri's office said government forces would not return to Suwayda in any form.",
        {},
        {("druze", "syrian-army-redeployment-south")},
    ),
    (
        "SDF statement\n\nIn northeastern Syria, the Syrian Democratic Forces said they were committed to one Syria and one army.",
        {
            ("sdf", "syria-territorial-integrity"): 2,
        },
        {("syria", "syria-territorial-integrity")},
    ),
    (
        "Signing ceremony\n\nPresident Trump said the United States would stay involved until the final signature.",
        {
            ("united-states", "us-mediation"): 2,
        },
        set(),
    ),
    (
        "Cabinet meeting\n\nNetanyahu said Israel welcomed Washington's involvement in the talks with Damascus.",
        {
            ("israel", "us-mediation"): 1,
        },
        set(),
    ),
    (
        "Golan talks\n\nSyria's foreign minister said the Israeli troops in the buffer zone must go home.",
        {
            ("syria", "israeli-withdrawal"): 2,
        },
        set(),
    ),
    (
        'Doha briefing\n\nQatar would not finance any economic zone in southern Syria "on land that is still under occupation," al-Ansari said.',
        {
            ("qatar", "shared-economic-zone"): -1,
        },
        set(),
    ),
    (
        "Doha briefing\n\nAl-Ansari said Qatar would help finance the shared economic zone in the south.",
        {
            ("qatar", "shared-economic-zone"): 1,
        },
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_finder_case(
    text: str, expected: dict[tuple[str, str], int], absent: set[tuple[str, str]]
) -> None:
    got = found(text)
    for key, stance in expected.items():
        assert key in got, f"missing {key} in {got}"
        assert got[key] == stance, f"{key}: {got[key]} != {stance}"
    for key in absent:
        assert key not in got, f"{key} should not be a position: {got}"


def test_transcript_answers_speak_for_the_interviewee() -> None:
    text = (
        "INTERVIEW | Gulf Daily speaks to Syria's foreign minister\n\n"
        "Q: Is there room for Tehran in the new Syria?\n\n"
        "A: We will never allow Iran's militias to return to Syria.\n\n"
        "Q: And the proposed humanitarian corridor to Sweida?\n\n"
        "A: A corridor under a foreign flag is rejected."
    )
    result = extract_source(
        Source.from_text(text, name="interview.txt", metadata=Metadata(published=PUBLISHED))
    )
    got = {(st.party, st.issue, int(st.stance)) for st in result.statements}
    assert ("syria", "iranian-presence-syria", -2) in got
    assert any(p == "syria" and i == "humanitarian-corridor-suwayda" and v < 0 for p, i, v in got)


def test_every_quote_is_its_span() -> None:
    text = " ".join(case[0] for case in CASES)
    result = extract_source(
        Source.from_text(text, name="all.txt", metadata=Metadata(published=PUBLISHED))
    )
    assert result.statements
    for st in result.statements:
        assert result.article.body[st.evidence.start : st.evidence.end] == st.evidence.quote
        assert 0 < st.confidence <= 1


def test_an_unqualified_ministry_is_the_outlet_home_government() -> None:
    text = (
        "Knesset panel hears the Foreign Ministry\n\n"
        "The general said Ankara's plans worried him. The Turks have denied it.\n\n"
        "The Foreign Ministry's deputy director-general for the Middle East, who appeared"
        " alongside the general, told the committee that the Hermon was not a bargaining chip."
        ' The demand for a demilitarised south remained "the heart of any agreement", she said.'
    )
    meta = Metadata(outlet="The Jerusalem Ledger", published=PUBLISHED)
    result = extract_source(Source.from_text(text, name="knesset.txt", metadata=meta))
    got = {(st.party, st.issue) for st in result.statements}
    assert ("israel", "demilitarized-zone-south") in got, got
    assert ("turkey", "demilitarized-zone-south") not in got, got


def test_calling_for_their_cessation_ends_what_came_before() -> None:
    text = (
        "Jordan condemned the Israeli attacks on Syrian territory and called for their"
        " immediate cessation."
    )
    result = extract_source(
        Source.from_text(text, name="case.txt", metadata=Metadata(published=PUBLISHED))
    )
    stances = {int(st.stance) for st in result.statements if st.issue == "israeli-strikes-syria"}
    assert stances and max(stances) < 0, stances


def test_a_verdict_before_an_ending_keeps_its_sign() -> None:
    text = (
        "Iran's foreign ministry said the presence of American occupying forces on Syrian soil"
        ' "is illegal and must end".'
    )
    result = extract_source(
        Source.from_text(text, name="case.txt", metadata=Metadata(published=PUBLISHED))
    )
    stances = {
        int(st.stance) for st in result.statements if st.issue == "us-military-presence-syria"
    }
    assert stances and max(stances) < 0, stances


def test_the_regime_that_signed_it_is_nobody_position() -> None:
    # "the regime that signed it": a fallen government's act, not Israel's support.
    text = (
        "Israel's ambassador said the 1974 agreement \"collapsed together with the regime that"
        ' signed it".'
    )
    result = extract_source(
        Source.from_text(text, name="case.txt", metadata=Metadata(published=PUBLISHED))
    )
    stances = {
        int(st.stance) for st in result.statements if st.issue == "disengagement-agreement-1974"
    }
    assert stances and max(stances) < 0, stances
