"""Regenerate the sample Word transcript (src/listenwell/samples/checkout/interviews/p10_teams.docx).

The sample study ships one interview as a .docx laid out the way Microsoft Teams exports a
transcript to Word: a paragraph "Speaker Name   m:ss" followed by a paragraph with what they
said. The turns are kept here, in this script, so the binary file can be rebuilt and reviewed
as text. Run from the repository root:

    PYTHONPATH=src python scripts/make_sample_docx.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document

TARGET = Path("src/listenwell/samples/checkout/interviews/p10_teams.docx")

# One turn per line: "m:ss|speaker|text".
TURNS = """\
0:01|Dana Whitfield|Hi Grace, thank you for joining. I'm Dana, I'm a researcher at Sprout.
0:07|Grace|Hi Dana! Nice to meet you.
0:12|Dana Whitfield|Nice to meet you too. So, a bit of context first. We're talking to people about how they got started with Sprout, the sign-up and the checkout, to find out what's working and what's getting in people's way. I'm not selling anything, and there are no right or wrong answers, your honest experience is what helps. Is it alright if I record our conversation? It's just for the research team.
0:41|Grace|Of course, go ahead.
0:44|Dana Whitfield|Thanks. Could you start by telling me a bit about yourself and your household?
0:51|Grace|Sure, so I'm an accountant, I live in Philadelphia with my husband and our two teenage boys, who eat, um, an unbelievable amount. We've been with Sprout for about a year and a half, on the family plan. We use it most weeks.
1:12|Dana Whitfield|Most weeks, that's a lot. Do you remember signing up?
1:17|Grace|Oh, I do. It took me three tries, so it's burned into my memory, ha.
1:25|Dana Whitfield|Three tries. Tell me about the first one.
1:31|Grace|So the first time I was on my work computer, at lunch. And the questions about the household, it asks about each person, likes and dislikes, allergies. My younger son has celiac, so I was very careful typing all the gluten stuff. Then a colleague came to my desk with a question, and we talked maybe twenty minutes.
1:57|Dana Whitfield|Mm-hmm.
2:00|Grace|When I got back to it, it said the session timed out and sent me right back to the start. Every answer, gone.
2:12|Dana Whitfield|How did that make you feel?
2:16|Grace|Um, honestly I was pretty frustrated. Especially because of the celiac part, that's not a thing I want to rush. I closed it and thought, maybe this isn't for us.
2:30|Dana Whitfield|What brought you back for the second try?
2:35|Grace|My husband. He really wanted to try it. So a few days later, on the weekend, I started again on my laptop at home. And I got further, I got to the plans page. And that page, oh gosh.
2:54|Dana Whitfield|What was it about that page?
2:59|Grace|I couldn't work out whether we needed Plus or Family. Family said four people, Plus said up to four portions, and I thought, are those the same thing? And there were these little stars next to some features and no explanation. It was confusing. I'm an accountant, I read tables all day, and I couldn't read that one.
3:24|Dana Whitfield|What did you do?
3:28|Grace|So I went to the chat, the little help bubble. And the person was lovely, really patient, he explained that Family gives you bigger portions and more recipes per week, and that with two teenage boys I definitely wanted Family. It took him two minutes. Honestly the support chat is great, I've used it a few times since and it's always been good.
3:59|Dana Whitfield|That's good to hear. And then?
4:04|Grace|And then, while I was chatting, the form timed out again! Because I'd been on the chat for too long, I guess. So I lost it all a second time.
4:18|Dana Whitfield|Oh no.
4:20|Grace|Yes. I actually laughed, because what else can you do. But then I got smart about it.
4:29|Dana Whitfield|What did you do differently the third time?
4:35|Grace|I opened a notes app and wrote out all my answers first. Each person, the allergies, the celiac, what the boys won't eat. Then I pasted them into the form one after the other, really fast, like a race. Took me five minutes.
4:56|Dana Whitfield|So you prepared everything outside the form and then raced through it.
5:03|Grace|Exactly. Like doing your taxes, you get all the papers ready first. Which, I mean, I'm an accountant, so maybe that's just me. But it shouldn't be necessary.
5:17|Dana Whitfield|What would you have wanted instead?
5:21|Grace|Let me save my progress and come back later. That's all. Save it as a draft, like an email draft. I could have done the celiac part carefully on Monday and the plans on Saturday.
5:39|Dana Whitfield|That's really clear. Was there anything else on the way through that stood out?
5:46|Grace|The payment part was fine for me. I saw the delivery fee, I think it was there on the summary. I didn't really notice any surprises there. It was all about the timing out.
6:04|Dana Whitfield|You mentioned the boys eat an unbelievable amount. How does Sprout fit with that?
6:10|Grace|Ha, we get the family plan with the bigger portions, and I still add extra rice or bread on the side. But they've really taken to it. The older one cooks the Tuesday recipe on his own now. He's sixteen, so that's a small miracle.
6:33|Dana Whitfield|How did that happen, him cooking on his own?
6:39|Grace|Um, I think the cards. They're very step by step, with photos. He just picked one up one day when I was late from work, and when I got home dinner was ready. I nearly cried, honestly.
6:58|Dana Whitfield|That sounds like a really lovely moment.
7:03|Grace|It was. It's silly, but that's the moment I decided Sprout was staying.
7:10|Dana Whitfield|How do you feel about Sprout now, after a year and a half?
7:16|Grace|I love it, honestly. The boys have learned to cook some of the recipes themselves. I'd give it a nine or a ten. I tell people about it all the time. I just also tell them, write your answers down first, because it'll time out on you.
7:40|Dana Whitfield|So the tip you give friends is basically the workaround you found.
7:46|Grace|Ha, yes, exactly. It's become part of the recommendation.
7:52|Dana Whitfield|Is there anything else you'd like us to know?
7:59|Grace|No, I think that's it. Please fix the timeout, and keep the chat people, they're fantastic.
8:07|Dana Whitfield|Thank you so much, Grace. This was really helpful.
8:12|Grace|You're welcome, Dana. Take care.
"""


def build(target: Path = TARGET) -> Path:
    """Write the transcript document; fixed metadata keeps rebuilds comparable."""
    doc = Document()
    props = doc.core_properties
    props.author = "Sprout Research"
    props.title = "Sprout sign-up interview"
    props.created = props.modified = dt.datetime(2026, 10, 16, 15, 0, 0)
    props.last_modified_by = "Sprout Research"
    props.revision = 1
    for line in TURNS.strip().splitlines():
        stamp, speaker, text = line.split("|", 2)
        doc.add_paragraph(f"{speaker}   {stamp}")
        doc.add_paragraph(text)
    target.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(target))
    return target


if __name__ == "__main__":
    print(build())
