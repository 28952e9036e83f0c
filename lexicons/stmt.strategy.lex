# Statement cue (role "strategy"): words for the strategy itself. A target about="strategy"
# (req.followup) is worked on inside a goal's or area's section only by a sentence that names the
# strategy ("Strategins indikatorer för våldet följs upp årligen"); "Uppföljningen görs genom en
# årlig enkät" there follows up that goal's activity.
strategi                      ; compound=head
handlingsplan                 ; compound=head
genomförandeplan              ; compound=head
