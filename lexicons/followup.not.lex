# Follow-up words that evaluate a meeting or a course, not the strategy (rule req.followup.terms
# <none>): "Utvärdering av dagen" in workshop notes, "kursutvärderingen visade …".
av dagen
av mötet
av workshopen
av konferensen
av seminariet
av träffen
av utbildningsdagen
kursutvärdering               ; compound=any
