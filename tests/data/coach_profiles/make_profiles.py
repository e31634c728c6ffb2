# Writes the job coaches' profiles in this folder (python3 make_profiles.py,
# from the repository root). Each is a person as a job coach would enter them;
# src/core/jobs/job_coach_golden_tests.cpp says what a coach would accept for each.
import json, os
OUT='tests/data/coach_profiles'
P,M,N='positive','middle','negative'
def profile(pid, name, contributors, answers, own_cards=(), note=None):
    # answers: list of (key, value, by)
    cards={}
    minute=0
    for key,value,by in answers:
        minute+=1
        cards.setdefault(key,{"sharing":"everyone","answers":[],"notes":[]})
        cards[key]["answers"].append({"value":value,"by":by,"at":"2026-10-05T10:%02d:%02dZ"%(10+minute//60,minute%60),"session":"s1"})
    present=["person"]+[c["id"] for c in contributors]
    own=[]
    for section,cid,label,means in own_cards:
        o={"section":section,"id":cid,"label":label,"spoken":"","symbol":"","photo":"","added_by":contributors[0]["id"] if contributors else "person","added_at":"2026-10-05T10:00:30Z","session":"s1"}
        if means: o["means"]=means
        own.append(o)
    p={"format":"rightjob-profile","format_version":4,"id":pid.replace("_","-"),"layout":"vocational_profile","demo":False,
       "person":{"name":name,"preferred_name":"","photo":""},
       "contributors":contributors,
       "sessions":[{"id":"s1","started_at":"2026-10-05T10:00:00Z","place":"Home","present":present}],
       "own_cards":own,"cards":cards}
    json.dump(p, open(os.path.join(OUT,pid+'.json'),'w'), indent=1, ensure_ascii=False)
def C(id,kind,name,role): return {"id":id,"kind":kind,"name":name,"role":role}
mum=C("karen","supporter","Karen","Mum")
coach=C("sam","supporter","Sam","Job coach")

# 1. The story in the issue: food, cooking, jokes, money, cleaning until it shines;
# detail, routine, stacking, sorting; Makaton, emotion cards, pictures; crowds are not good.
teacher=C("mrs_ali","observer","Mrs Ali","Teacher")
profile("story_cafe_stock","Daniel Hughes",[mum,coach,teacher],[
 ("likes/food",P,"person"),("likes/cooking",P,"person"),("likes/jokes",P,"person"),("likes/jokes",P,"karen"),
 ("likes/earning_money",P,"person"),("likes/cleaning",P,"person"),("likes/tidying",P,"person"),
 ("likes/talking_to_people",M,"person"),("likes/computers",N,"person"),("likes/football",N,"person"),
 ("good_at/attention_to_detail",P,"sam"),("good_at/stacking",P,"person"),("good_at/sorting_things",P,"person"),
 ("good_at/polishing",P,"mrs_ali"),("good_at/cleaning",P,"person"),("good_at/following_instructions",P,"sam"),
 ("good_at/talking_to_people",N,"sam"),("good_at/using_money",M,"person"),
 ("about_me/likes_routine",P,"person"),("about_me/funny",P,"karen"),
 ("communication/makaton",P,"person"),("communication/emotion_cards",P,"person"),("communication/pictures",P,"person"),
 ("communication/talking",M,"karen"),("communication/phone_calls",N,"karen"),
 ("places/busy_places",N,"person"),("places/own_space",P,"person"),("places/same_routine",P,"person"),
 ("places/meeting_the_public",M,"person"),
 ("feelings/worried_in_crowds",P,"karen"),("feelings/angry_when_not_understood",P,"karen"),
 ("feelings/time_helps",P,"karen"),("feelings/pictures_helps",P,"person"),("feelings/space_helps",P,"person"),
 ("feelings/quiet_space_helps",P,"person"),
 ("tasters/own-1",P,"person"),
 ("practical/part_time",P,"person"),("practical/earning_money",P,"person"),("practical/weekdays",P,"person"),
], own_cards=[("tasters","own-1","Polishing silver at school","tasters/cleaning")])

# 2. Animals, the outdoors, and noise hurts.
profile("animals_outdoors_noise","Aisha Khan",[mum],[
 ("likes/animals",P,"person"),("likes/being_outdoors",P,"person"),("likes/gardening",P,"person"),("likes/plants",M,"person"),
 ("likes/music",N,"person"),("likes/computers",N,"person"),
 ("good_at/looking_after_animals",P,"person"),("good_at/lifting_and_carrying",P,"karen"),("good_at/being_on_time",P,"karen"),
 ("good_at/working_carefully",P,"person"),
 ("places/outdoors",P,"person"),("places/noisy_places",N,"person"),("places/quiet_places",P,"person"),
 ("places/getting_dirty",P,"person"),("places/busy_places",N,"karen"),
 ("feelings/upset_by_noise",P,"karen"),("feelings/happy_outdoors",P,"person"),
 ("tasters/farm",P,"person"),
])

# 3. Computers, sorting and quiet; talking to strangers is hard.
profile("computers_sorting_quiet","Tom Price",[coach],[
 ("likes/computers",P,"person"),("likes/sorting",P,"person"),("likes/reading",P,"person"),("likes/video_games",P,"person"),
 ("likes/talking_to_people",N,"person"),("likes/shopping",N,"person"),
 ("good_at/using_computers",P,"person"),("good_at/sorting_things",P,"person"),("good_at/attention_to_detail",P,"sam"),
 ("good_at/doing_the_same_task",P,"person"),("good_at/talking_to_people",N,"sam"),
 ("places/quiet_places",P,"person"),("places/meeting_the_public",N,"person"),("places/working_alone",P,"person"),
 ("places/busy_places",N,"person"),("places/noisy_places",N,"person"),
 ("communication/talk_to_strangers",N,"person"),("communication/phone_calls",N,"sam"),
 ("about_me/quiet",P,"person"),("about_me/happy_on_my_own",P,"person"),
])

# 4. Loves people and chatting; repetition and being alone are not for her.
profile("people_chatty","Chloe Evans",[mum],[
 ("likes/talking_to_people",P,"person"),("likes/helping_people",P,"person"),("likes/shopping",P,"person"),
 ("likes/food",P,"person"),("likes/music",P,"person"),("likes/computers",N,"person"),("likes/sorting",N,"person"),
 ("good_at/talking_to_people",P,"person"),("good_at/welcoming_people",P,"karen"),("good_at/remembering",P,"person"),
 ("good_at/doing_the_same_task",N,"karen"),
 ("about_me/chatty",P,"person"),("about_me/friendly",P,"karen"),("about_me/happy_with_people",P,"person"),
 ("places/meeting_the_public",P,"person"),("places/working_in_a_team",P,"person"),("places/busy_places",P,"person"),
 ("places/same_routine",N,"person"),("places/working_alone",N,"person"),
])

# 5. Near empty: three answers from a first short session.
profile("near_empty","Lily Moss",[],[
 ("likes/animals",P,"person"),("places/quiet_places",P,"person"),("good_at/counting",P,"person"),
])

# 6. "Not sure" to everything so far.
profile("all_not_sure","Owen Reid",[],[(k,M,"person") for k in [
 "likes/cooking","likes/animals","likes/computers","likes/cleaning","likes/sorting","likes/shopping","likes/gardening",
 "good_at/counting","good_at/lifting_and_carrying","good_at/cleaning","good_at/using_computers","good_at/sorting_things",
 "places/quiet_places","places/noisy_places","places/busy_places","places/outdoors","places/indoors","places/working_alone"]])

# 7. Only Mum has strong views so far.
profile("mum_only","Ryan Cole",[mum],[
 ("likes/cars",P,"karen"),("likes/cleaning",P,"karen"),("likes/being_outdoors",P,"karen"),
 ("good_at/polishing",P,"karen"),("good_at/working_carefully",P,"karen"),("good_at/attention_to_detail",P,"karen"),
 ("places/outdoors",P,"karen"),("places/noisy_places",N,"karen"),("places/busy_places",N,"karen"),
 ("likes/cars",M,"person"),
])

# 8. Wants about 16 hours a week.
profile("sixteen_hours","Priya Shah",[coach],[
 ("likes/tidying",P,"person"),("likes/reading",P,"person"),("likes/sorting",P,"person"),("likes/cleaning",P,"person"),
 ("good_at/sorting_things",P,"person"),("good_at/tidying_up",P,"person"),("good_at/lifting_and_carrying",P,"sam"),
 ("good_at/attention_to_detail",P,"sam"),
 ("places/quiet_places",P,"person"),("places/busy_places",N,"person"),
 ("practical/part_time",P,"person"),("practical/full_time",N,"person"),("feelings/tired",P,"person"),
])

# 9. Tried a kitchen taster and hated it.
profile("hated_kitchen_taster","Ben Walsh",[coach],[
 ("likes/food",P,"person"),("likes/cooking",P,"person"),("likes/sorting",P,"person"),("likes/cars",P,"person"),
 ("good_at/lifting_and_carrying",P,"person"),("good_at/sorting_things",P,"sam"),("good_at/working_fast",P,"sam"),
 ("good_at/doing_the_same_task",P,"person"),
 ("tasters/kitchen",N,"person"),("tasters/cafe",N,"person"),("tasters/warehouse",P,"person"),
 ("places/hot_or_cold",N,"person"),("places/working_in_a_team",P,"person"),
])

# 10. He says noise is OK; Mum says noise gives him meltdowns.
profile("noise_disagreement","Leon Grant",[mum],[
 ("likes/animals",P,"person"),("likes/being_outdoors",P,"person"),("likes/cleaning",P,"person"),
 ("good_at/looking_after_animals",P,"person"),("good_at/being_on_time",P,"karen"),("good_at/lifting_and_carrying",P,"person"),
 ("places/noisy_places",M,"person"),("feelings/upset_by_noise",P,"karen"),("places/outdoors",P,"person"),
 ("places/busy_places",P,"person"),
])

# 11. Wants variety: a routine is not good for her.
profile("wants_variety","Maya Osei",[coach],[
 ("likes/art",P,"person"),("likes/making_things",P,"person"),("likes/helping_people",P,"person"),("likes/being_outdoors",P,"person"),
 ("good_at/using_tools",P,"person"),("good_at/working_carefully",P,"sam"),("good_at/talking_to_people",P,"person"),
 ("places/same_routine",N,"person"),("about_me/likes_new_things",P,"person"),("places/working_in_a_team",P,"person"),
 ("good_at/doing_the_same_task",N,"person"),
])

# 12. Gardening, no weekends, early starts are hard.
profile("no_weekends","Josh Bell",[mum],[
 ("likes/gardening",P,"person"),("likes/plants",P,"person"),("likes/being_outdoors",P,"person"),
 ("good_at/gardening",P,"person"),("good_at/using_tools",P,"karen"),("good_at/lifting_and_carrying",P,"person"),
 ("places/outdoors",P,"person"),("places/early_starts",N,"karen"),
 ("practical/weekends",N,"person"),("practical/weekdays",P,"person"),
])

# 13. Own cards: in her own words, with what they are like.
profile("own_cards","Zara Lewis",[mum],[
 ("likes/own-1",P,"person"),("feelings/own-2",P,"person"),("places/own-3",N,"person"),("communication/own-4",N,"karen"),
 ("likes/food",P,"person"),("good_at/following_instructions",P,"karen"),("good_at/working_carefully",P,"person"),
 ("good_at/cooking",P,"person"),("places/indoors",P,"person"),("likes/making_things",P,"person"),
], own_cards=[("likes","own-1","Baking cakes","likes/cooking"),("feelings","own-2","Happy with food",""),
              ("places","own-3","Loud hand dryers","places/noisy_places"),("communication","own-4","Phone calls","communication/phone_calls")])
