#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds Right Job's picture symbol library from OpenMoji.

Run it from the repository root whenever the layouts or the job catalogue
name new symbols, or when the curated choice below changes:

    python3 symbols/make_symbols.py

What it does, in order:

1. Finds OpenMoji 17.0.0 (the npm package "openmoji"). It looks at
   --openmoji DIR, then $OPENMOJI_DIR, then a work folder in the system's
   temporary directory; if none holds it, it runs
   "npm install openmoji@17.0.0" into that work folder. The program itself
   never needs npm, the network or a converter: everything it uses is
   committed under symbols/.
2. Gives every OpenMoji emoji a symbol id: its annotation lowercased, every
   run of characters other than a-z and 0-9 turned into "-", and "-" trimmed
   from both ends ("thumbs up" -> "thumbs-up", "woman's hat" ->
   "woman-s-hat"). Skin-tone variants and the "flags" and "component" groups
   get no id. When two emoji give the same id, the first in OpenMoji's own
   order keeps it and later ones get "-2", "-3" ... (skipping any id another
   emoji has by right).
3. Picks the symbols: every id named by a JSON key "symbol" (at any depth)
   in layouts/*.json and assets/jobs/*.json -- an id that does not exist
   stops the script with the file and the id -- plus the curated picks in
   PICKS below, minus the ids in UNSUITABLE (things that do not belong in a
   young person's vocational profile at school or college).
4. Sorts each into one category (CATEGORIES), from its OpenMoji subgroup
   (SUBGROUP_CATEGORY) unless CATEGORY_OF names it.
5. Renders each SVG with rsvg-convert (Debian package librsvg2-bin) to
   png/96/<id>.png and png/256/<id>.png, square, on a transparent
   background, then shrinks the files losslessly with optipng if it is
   installed. A PNG that already exists is kept (use --force to redraw all);
   PNGs of symbols no longer picked are removed.
6. Writes manifest.json (sorted by id; the same input gives the same bytes),
   CREDITS.tsv (who drew each symbol), LICENSE.md and README.md, and copies
   OpenMoji's LICENSE.txt as OPENMOJI-LICENSE.txt.

Keywords for search are the words of the annotation, OpenMoji's tags and
openmoji_tags, and the everyday words in SYNONYMS, one lowercase word each.
"""

import argparse
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

OPENMOJI_VERSION = "17.0.0"
SIZES = (96, 256)
ATTRIBUTION = ("All emojis designed by OpenMoji – the open-source emoji and icon "
               "project. License: CC BY-SA 4.0")
MINIMUM_SYMBOLS = 650

SYMBOLS_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_DIR = os.path.dirname(SYMBOLS_DIR)

# Where the ids come from that the program's data relies on.
REFERENCE_GLOBS = (("layouts", ".json"), (os.path.join("assets", "jobs"), ".json"))

# The categories, in the order a symbol picker shows them, with the symbol
# that stands for each.
CATEGORIES = [
    ("feelings", "Feelings", "grinning-face"),
    ("people", "People", "people-holding-hands"),
    ("animals", "Animals", "dog"),
    ("food", "Food and drink", "red-apple"),
    ("places", "Places", "house"),
    ("transport", "Transport", "bus"),
    ("activities", "Activities", "soccer-ball"),
    ("work", "Work", "hammer-and-wrench"),
    ("objects", "Things", "light-bulb"),
    ("nature", "Nature and weather", "deciduous-tree"),
    ("symbols", "Signs and symbols", "check-mark-button"),
]

# [SECTION] Which category an OpenMoji subgroup falls in ("group/subgroup").
SUBGROUP_CATEGORY = {
    "smileys-emotion/*": "feelings",
    "smileys-emotion/face-costume": "objects",
    "people-body/*": "people",
    "people-body/person-sport": "activities",
    "people-body/person-resting": "activities",
    "animals-nature/*": "animals",
    "animals-nature/plant-flower": "nature",
    "animals-nature/plant-other": "nature",
    "food-drink/*": "food",
    "travel-places/*": "places",
    "travel-places/transport-ground": "transport",
    "travel-places/transport-water": "transport",
    "travel-places/transport-air": "transport",
    "travel-places/sky-weather": "nature",
    "travel-places/time": "objects",
    "travel-places/hotel": "objects",
    "activities/*": "activities",
    "objects/*": "objects",
    "objects/tool": "work",
    "objects/office": "work",
    "objects/science": "work",
    "objects/writing": "work",
    "objects/music": "activities",
    "objects/musical-instrument": "activities",
    "objects/sound": "symbols",
    "symbols/*": "symbols",
    "extras-openmoji/*": "objects",
    "extras-openmoji/animals-nature": "animals",
    "extras-openmoji/climate-environment": "nature",
    "extras-openmoji/emergency": "symbols",
    "extras-openmoji/food-drink": "food",
    "extras-openmoji/gardening": "work",
    "extras-openmoji/interaction": "symbols",
    "extras-openmoji/people": "people",
    "extras-openmoji/smileys-emotion": "feelings",
    "extras-openmoji/symbols": "symbols",
    "extras-openmoji/symbol-other": "symbols",
    "extras-openmoji/travel-places": "places",
    "extras-openmoji/ui-element": "symbols",
    "extras-unicode/*": "symbols",
    "extras-unicode/food-drink": "food",
}

# Symbols whose category is not their subgroup's.
CATEGORY_OF = {
    # feelings
    "headache": "feelings", "earache": "feelings", "knee-pain": "feelings",
    "eye-pain": "feelings",
    "person-frowning": "feelings", "person-pouting": "feelings",
    "person-facepalming": "feelings", "person-shrugging": "feelings",
    # people
    "help-others": "people", "people-dialogue": "people",
    "person-sneezing-into-elbow": "people",
    "gardener-man": "people", "gardener-woman": "people",
    "female-doctor": "people", "male-doctor": "people",
    "female-nurse": "people", "male-nurse": "people",
    # activities
    "person-getting-massage": "activities", "person-getting-haircut": "activities",
    "person-walking": "activities", "person-standing": "activities",
    "person-kneeling": "activities", "person-running": "activities",
    "ballet-dancer": "activities", "woman-dancing": "activities",
    "man-dancing": "activities", "person-climbing": "activities",
    "person-with-dog": "activities", "horse-riding": "activities",
    "windsurfing": "activities", "crayon": "activities",
    "movie-camera": "activities", "clapper-board": "activities",
    "film-projector": "activities",
    # work
    "broom": "work", "bucket": "work", "sponge": "work", "soap": "work",
    "plunger": "work", "basket": "work", "fire-extinguisher": "work",
    "shopping-cart": "work", "brick": "work", "bellhop-bell": "work",
    "lab-coat": "work", "safety-vest": "work", "goggles": "work",
    "rescue-worker-s-helmet": "work", "stethoscope": "work",
    "kehrwoche": "work", "bed-linen": "work", "european-name-badge": "work",
    "identification-card": "work", "collaboration": "work",
    "espresso-machine": "work", "french-press": "work", "moka-pot": "work",
    "milk-jug": "work", "drip-coffee-maker": "work", "coffee-grinder": "work",
    "washing-machine": "work", "barcode": "work", "qr-code": "work",
    "code-editor": "work", "wash-hands": "work", "disinfect-surface": "work",
    "sanitizer-spray": "work", "medical-gloves": "work", "scales": "work",
    "package": "work", "construction": "work", "oil-drum": "work",
    "balance-scale": "work", "interview": "work", "abacus": "work",
    # objects
    "headphone": "objects", "level-slider": "objects", "control-knobs": "objects",
    "radio": "objects", "robot": "objects", "white-cane": "objects",
    "luggage": "objects", "reusable-bag": "objects", "timer": "objects",
    "motorbike-helmet": "objects", "pill": "objects", "adhesive-bandage": "objects",
    "crutch": "objects",
    # places and nature
    "place-of-worship": "places",
    "rock": "nature", "wood": "nature",
    "snow-capped-mountain": "nature", "mountain": "nature", "volcano": "nature",
    "desert": "nature", "night-with-stars": "nature",
    "sunrise-over-mountains": "nature", "sunrise": "nature", "sunset": "nature",
    "foggy": "nature", "microbe": "nature", "spider-web": "nature",
    "signpost": "places", "cafeteria": "places", "stairway": "places",
    # symbols
    "speech-balloon": "symbols", "left-speech-bubble": "symbols",
    "right-anger-bubble": "symbols", "thought-balloon": "symbols",
    "speaking-head": "symbols", "gear": "symbols", "link": "symbols",
    "stop-sign": "symbols", "magnifying-glass-tilted-left": "symbols",
    "magnifying-glass-tilted-right": "symbols", "round-pushpin": "symbols",
    "sparkles": "symbols", "location-indicator-red": "symbols",
    "first-aid": "symbols", "assembly-point": "symbols",
    "emergency-exit-door": "symbols", "mobile-message": "symbols",
}

# [SECTION] The curated picks, by "group/subgroup": ALL (every symbol of the
# subgroup but the UNSUITABLE ones) or the ids to take, separated by spaces.
ALL = "*"
PICKS = {
    # Feelings
    "smileys-emotion/face-smiling": ALL,
    "smileys-emotion/face-affection": """smiling-face-with-hearts
        smiling-face-with-heart-eyes star-struck smiling-face smiling-face-with-tear""",
    "smileys-emotion/face-tongue": ALL,
    "smileys-emotion/face-hand": ALL,
    "smileys-emotion/face-neutral-skeptical": ALL,
    "smileys-emotion/face-sleepy": ALL,
    "smileys-emotion/face-unwell": """face-with-medical-mask face-with-thermometer
        face-with-head-bandage nauseated-face sneezing-face hot-face cold-face
        face-with-spiral-eyes exploding-head""",
    "smileys-emotion/face-hat": "partying-face",
    "smileys-emotion/face-glasses": ALL,
    "smileys-emotion/face-concerned": ALL,
    "smileys-emotion/face-negative": "face-with-steam-from-nose enraged-face angry-face",
    "smileys-emotion/face-costume": "robot",
    "smileys-emotion/monkey-face": ALL,
    "smileys-emotion/heart": """red-heart pink-heart orange-heart yellow-heart
        green-heart blue-heart light-blue-heart purple-heart brown-heart black-heart
        grey-heart white-heart sparkling-heart growing-heart beating-heart
        revolving-hearts two-hearts heart-with-ribbon heart-decoration broken-heart
        mending-heart""",
    "smileys-emotion/emotion": """hundred-points anger-symbol collision dizzy
        sweat-droplets dashing-away speech-balloon left-speech-bubble
        right-anger-bubble thought-balloon zzz""",
    "extras-openmoji/smileys-emotion": "exhausted-face incredulous-face dejected-face",
    "extras-openmoji/healthcare": """headache earache knee-pain eye-pain
        female-doctor male-doctor female-nurse male-nurse pills plaster medication
        clinical-thermometer crutches wheel-chair scales bed-linen""",
    # People
    "people-body/person": """baby child boy girl person man woman older-person
        old-man old-woman""",
    "people-body/person-gesture": """person-frowning person-pouting
        person-gesturing-no person-gesturing-ok person-tipping-hand
        person-raising-hand deaf-person deaf-man deaf-woman person-bowing
        person-facepalming person-shrugging""",
    "people-body/person-role": """health-worker man-health-worker
        woman-health-worker student man-student woman-student teacher man-teacher
        woman-teacher judge man-judge woman-judge farmer man-farmer woman-farmer
        cook man-cook woman-cook mechanic man-mechanic woman-mechanic
        factory-worker man-factory-worker woman-factory-worker office-worker
        man-office-worker woman-office-worker scientist man-scientist
        woman-scientist technologist man-technologist woman-technologist singer
        man-singer woman-singer artist man-artist woman-artist pilot man-pilot
        woman-pilot astronaut man-astronaut woman-astronaut firefighter
        man-firefighter woman-firefighter police-officer man-police-officer
        woman-police-officer detective man-detective woman-detective guard
        man-guard woman-guard construction-worker man-construction-worker
        woman-construction-worker person-feeding-baby woman-feeding-baby
        man-feeding-baby""",
    "people-body/person-fantasy": "superhero",
    "people-body/person-activity": """person-getting-massage
        person-getting-haircut person-walking person-standing person-kneeling
        person-with-white-cane man-with-white-cane woman-with-white-cane
        person-in-motorized-wheelchair man-in-motorized-wheelchair
        woman-in-motorized-wheelchair person-in-manual-wheelchair
        man-in-manual-wheelchair woman-in-manual-wheelchair person-running
        ballet-dancer woman-dancing man-dancing person-climbing""",
    "people-body/person-sport": """skier snowboarder person-golfing
        person-surfing person-rowing-boat person-swimming person-bouncing-ball
        person-lifting-weights person-biking person-mountain-biking
        person-cartwheeling people-wrestling person-playing-water-polo
        person-playing-handball person-juggling""",
    "people-body/person-resting": ALL,
    "people-body/family": """people-holding-hands women-holding-hands
        woman-and-man-holding-hands men-holding-hands family-man-boy
        family-man-girl family-woman-boy family-woman-girl""",
    "people-body/person-symbol": ALL,
    "people-body/hand-fingers-open": """waving-hand raised-back-of-hand
        hand-with-fingers-splayed raised-hand rightwards-hand leftwards-hand
        palm-down-hand palm-up-hand leftwards-pushing-hand rightwards-pushing-hand""",
    "people-body/hand-fingers-partial": """ok-hand pinched-fingers pinching-hand
        victory-hand crossed-fingers love-you-gesture call-me-hand""",
    "people-body/hand-single-finger": """backhand-index-pointing-left
        backhand-index-pointing-right backhand-index-pointing-up
        backhand-index-pointing-down index-pointing-up
        index-pointing-at-the-viewer""",
    "people-body/hand-fingers-closed": "thumbs-up thumbs-down",
    "people-body/hands": ALL,
    "people-body/hand-prop": ALL,
    "people-body/body-parts": """flexed-biceps mechanical-arm mechanical-leg leg
        foot ear ear-with-hearing-aid nose brain tooth eyes eye tongue mouth""",
    "extras-openmoji/people": """dj dj-man dj-woman barista man-barista
        woman-barista person-with-dog horse-riding windsurfing""",
    # Animals
    "animals-nature/animal-mammal": ALL,
    "animals-nature/animal-bird": ALL,
    "animals-nature/animal-amphibian": ALL,
    "animals-nature/animal-reptile": ALL,
    "animals-nature/animal-marine": ALL,
    "animals-nature/animal-bug": ALL,
    "extras-openmoji/animals-nature": """goldfish doe narwhal beluga porpoise
        pigeon macaw""",
    # Food and drink
    "food-drink/food-fruit": ALL,
    "food-drink/food-vegetable": ALL,
    "food-drink/food-prepared": ALL,
    "food-drink/food-asian": """bento-box rice-ball cooked-rice curry-rice
        steaming-bowl spaghetti roasted-sweet-potato sushi fried-shrimp dumpling
        fortune-cookie takeout-box""",
    "food-drink/food-sweet": ALL,
    "food-drink/drink": """baby-bottle glass-of-milk hot-beverage teapot
        teacup-without-handle pouring-liquid cup-with-straw bubble-tea
        beverage-box mate ice""",
    "food-drink/dishware": ALL,
    "extras-openmoji/food-drink": """half-orange-fruit pomegranate
        latte-macchiato roasted-coffee-bean cake boule-bread glass-bottle
        plastic-bottle""",
    # Places
    "travel-places/place-map": """globe-showing-europe-africa
        globe-showing-americas globe-showing-asia-australia globe-with-meridians
        world-map compass""",
    "travel-places/place-geographic": """snow-capped-mountain mountain volcano
        camping beach-with-umbrella desert desert-island national-park""",
    "travel-places/place-building": """stadium classical-building
        building-construction brick rock wood hut houses house house-with-garden
        office-building post-office hospital bank hotel convenience-store school
        department-store factory castle""",
    "travel-places/place-other": """fountain tent foggy night-with-stars cityscape
        sunrise-over-mountains sunrise cityscape-at-dusk sunset bridge-at-night
        carousel-horse playground-slide ferris-wheel roller-coaster barber-pole
        circus-tent""",
    "travel-places/hotel": ALL,
    "extras-openmoji/travel-places": "cafeteria stairway parking-garage",
    # Transport
    "travel-places/transport-ground": ALL,
    "travel-places/transport-water": ALL,
    "travel-places/transport-air": ALL,
    # Activities
    "activities/event": """fireworks sparkler sparkles balloon party-popper
        confetti-ball ribbon wrapped-gift admission-tickets ticket""",
    "activities/award-medal": """trophy sports-medal 1st-place-medal
        2nd-place-medal 3rd-place-medal""",
    "activities/sport": ALL,
    "activities/game": """bullseye yo-yo kite pool-8-ball magic-wand video-game
        joystick game-die puzzle-piece teddy-bear pi-ata mirror-ball nesting-dolls
        chess-pawn""",
    "activities/arts-crafts": ALL,
    "objects/music": ALL,
    "objects/musical-instrument": ALL,
    # Work
    "objects/tool": """hammer axe pick hammer-and-pick hammer-and-wrench
        carpentry-saw wrench screwdriver nut-and-bolt gear clamp balance-scale
        white-cane link hook toolbox magnet ladder shovel""",
    "objects/office": ALL,
    "objects/science": ALL,
    "objects/writing": ALL,
    "extras-openmoji/gardening": """gardener-man gardener-woman gardening-gloves
        lawn-mower wheelbarrow spade trowel saw""",
    "extras-openmoji/emergency": """assembly-point help-others first-aid signpost
        mobile-message emergency-exit-door location-indicator-red timer
        person-sneezing-into-elbow disinfect-surface sanitizer-spray wash-hands
        medical-gloves""",
    "extras-openmoji/ui-element": """location-indicator people-dialogue chats
        collaboration return close forward hamburger-menu upload download share
        wifi contacts save edit home-button add-button delete comment
        more-information compose mark scale safety""",
    "extras-openmoji/technology": """tablet smartwatch washing-machine drone
        qr-code barcode code-editor virtual-reality""",
    "extras-openmoji/objects": """first-aid-kit armchair picture outlet
        european-name-badge kehrwoche motorbike-helmet espresso-machine
        french-press moka-pot milk-jug drip-coffee-maker coffee-grinder""",
    "extras-openmoji/climate-environment": "solar-energy wind-energy reusable-bag",
    # Things
    "objects/clothing": """glasses sunglasses goggles lab-coat safety-vest necktie
        t-shirt jeans scarf gloves coat socks dress shorts one-piece-swimsuit
        woman-s-clothes purse handbag shopping-bags backpack man-s-shoe
        running-shoe hiking-boot flat-shoe high-heeled-shoe woman-s-sandal
        ballet-shoes woman-s-boot woman-s-hat top-hat graduation-cap billed-cap
        rescue-worker-s-helmet lipstick ring""",
    "objects/phone": "mobile-phone mobile-phone-with-arrow telephone telephone-receiver",
    "objects/computer": """battery low-battery electric-plug laptop
        desktop-computer printer keyboard computer-mouse floppy-disk""",
    "objects/light-video": """movie-camera film-projector clapper-board television
        camera camera-with-flash video-camera magnifying-glass-tilted-left
        magnifying-glass-tilted-right candle light-bulb flashlight""",
    "objects/book-paper": """notebook-with-decorative-cover closed-book open-book
        green-book blue-book orange-book books notebook ledger page-with-curl
        page-facing-up newspaper rolled-up-newspaper bookmark-tabs bookmark label""",
    "objects/money": """coin money-bag treasure-chest dollar-banknote
        euro-banknote pound-banknote money-with-wings credit-card receipt""",
    "objects/mail": """envelope e-mail incoming-envelope envelope-with-arrow
        outbox-tray inbox-tray package closed-mailbox-with-raised-flag
        closed-mailbox-with-lowered-flag open-mailbox-with-raised-flag
        open-mailbox-with-lowered-flag postbox""",
    "objects/lock": "locked unlocked locked-with-key key old-key",
    "objects/medical": "pill adhesive-bandage crutch stethoscope",
    "objects/household": """door elevator mirror window bed couch-and-lamp chair
        toilet plunger shower bathtub lotion-bottle safety-pin broom basket
        roll-of-paper bucket soap bubbles toothbrush sponge fire-extinguisher
        shopping-cart""",
    "objects/other-object": "identification-card",
    "travel-places/time": ALL,
    # Nature and weather
    "animals-nature/plant-flower": ALL,
    "animals-nature/plant-other": ALL,
    "travel-places/sky-weather": """crescent-moon full-moon thermometer sun
        ringed-planet star glowing-star shooting-star milky-way cloud
        sun-behind-cloud cloud-with-lightning-and-rain sun-behind-small-cloud
        sun-behind-large-cloud sun-behind-rain-cloud cloud-with-rain
        cloud-with-snow cloud-with-lightning tornado fog wind-face cyclone rainbow
        closed-umbrella umbrella umbrella-with-rain-drops high-voltage snowflake
        snowman snowman-without-snow fire droplet water-wave""",
    # Signs and symbols
    "symbols/arrow": """up-arrow up-right-arrow right-arrow down-right-arrow
        down-arrow down-left-arrow left-arrow up-left-arrow up-down-arrow
        left-right-arrow right-arrow-curving-left left-arrow-curving-right
        right-arrow-curving-up right-arrow-curving-down clockwise-vertical-arrows
        counterclockwise-arrows-button""",
    "symbols/av-symbol": ALL,
    "symbols/math": "multiply plus minus divide heavy-equals-sign",
    "symbols/punctuation": """double-exclamation-mark exclamation-question-mark
        red-question-mark white-question-mark white-exclamation-mark
        red-exclamation-mark""",
    "symbols/other-symbol": """medical-symbol recycling-symbol hollow-red-circle
        check-mark-button check-box-with-check check-mark cross-mark
        cross-mark-button sparkle""",
    "symbols/keycap": """keycap-0 keycap-1 keycap-2 keycap-3 keycap-4 keycap-5
        keycap-6 keycap-7 keycap-8 keycap-9 keycap-10""",
    "symbols/alphanum": "information ok-button sos-button new-button free-button",
    "symbols/geometric": """red-circle orange-circle yellow-circle green-circle
        blue-circle purple-circle brown-circle black-circle white-circle
        red-square orange-square yellow-square green-square blue-square
        purple-square brown-square black-large-square white-large-square""",
    "symbols/warning": """warning children-crossing no-entry prohibited
        no-bicycles no-littering non-potable-water no-pedestrians no-mobile-phones""",
    "symbols/transport-sign": """atm-sign litter-in-bin-sign potable-water
        wheelchair-symbol men-s-room women-s-room restroom baby-symbol water-closet""",
    "objects/sound": """muted-speaker speaker-low-volume speaker-medium-volume
        speaker-high-volume loudspeaker megaphone bell bell-with-slash""",
    "extras-openmoji/interaction": "tap double-tap finger-pushing-button",
    "extras-unicode/symbol-other": "power-symbol",
}

# [SECTION] Never picked by the curated lists: not for young people's
# vocational profiles at school or college. (A layout or the job catalogue
# may still name one; the script then takes it and says so.)
UNSUITABLE = set("""
    dagger crossed-swords bomb bow-and-arrow shield water-pistol military-helmet
    military-medal person-fencing boomerang chains broken-chain atom-bomb
    sake bottle-with-popping-cork wine-glass cocktail-glass tropical-drink
    beer-mug clinking-beer-mugs clinking-glasses tumbler-glass drunk-person
    woozy-face cigarette no-smoking syringe lighter
    skull skull-and-crossbones coffin headstone funeral-urn
    face-with-crossed-out-eyes zombie man-zombie woman-zombie vampire
    man-vampire woman-vampire ghost
    drop-of-blood x-ray liver stomach large-intestine intestine kidney
    fracture-leg blood-transfusion saline-drip forceps swab-pliers
    anatomical-heart bone lungs face-vomiting
    slot-machine crystal-ball joker spade-suit heart-suit diamond-suit club-suit
    flower-playing-cards mahjong-red-dragon horse-racing
    church mosque hindu-temple synagogue shinto-shrine kaaba place-of-worship
    om star-of-david wheel-of-dharma yin-yang latin-cross orthodox-cross
    star-and-crescent peace-symbol menorah dotted-six-pointed-star khanda
    prayer-beads nazar-amulet hamsa smiling-face-with-halo baby-angel
    smiling-face-with-horns angry-face-with-horns christmas-tree santa-claus
    mrs-claus mx-claus jack-o-lantern wedding town
    placard ballot-box-with-ballot trump greta-thunberg guy-fawkes-mask poppy
    kiss kiss-woman-man kiss-man-man kiss-woman-woman kiss-mark
    face-blowing-a-kiss couple-with-heart couple-with-heart-woman-man
    couple-with-heart-man-man couple-with-heart-woman-woman love-hotel
    briefs bikini thong-sandal breast-feeding biting-lip backache
    people-with-bunny-ears men-with-bunny-ears women-with-bunny-ears
    person-in-steamy-room man-in-steamy-room woman-in-steamy-room
    middle-finger sign-of-the-horns face-with-symbols-on-mouth pile-of-poo
    raised-fist oncoming-fist lying-face no-one-under-eighteen radioactive
    biohazard clown-face ogre goblin pig-nose mammoth dodo phoenix wing
    dragon dragon-face cockroach scorpion mouse-trap razor flying-saucer
""".split())

# [SECTION] Everyday words OpenMoji's tags miss. One word each.
SYNONYMS = {
    # feelings
    "grinning-face": "happy glad",
    "slightly-smiling-face": "happy ok fine good",
    "smiling-face-with-smiling-eyes": "happy pleased",
    "neutral-face": "ok middle unsure",
    "frowning-face": "sad unhappy",
    "slightly-frowning-face": "sad unhappy",
    "crying-face": "sad upset",
    "loudly-crying-face": "sad upset crying",
    "angry-face": "angry cross mad",
    "enraged-face": "angry furious cross",
    "face-with-steam-from-nose": "angry frustrated",
    "worried-face": "worried anxious",
    "anxious-face-with-sweat": "worried anxious nervous stressed",
    "fearful-face": "scared afraid frightened",
    "face-screaming-in-fear": "scared frightened",
    "confused-face": "confused muddled",
    "tired-face": "tired",
    "sleepy-face": "tired",
    "yawning-face": "tired bored",
    "exploding-head": "overwhelmed overload",
    "face-with-head-bandage": "hurt injured",
    "face-with-thermometer": "ill sick poorly unwell",
    "nauseated-face": "sick unwell poorly",
    "hot-face": "hot",
    "cold-face": "cold",
    "relieved-face": "calm relaxed",
    "shushing-face": "quiet silence",
    "smiling-face-with-open-hands": "hug hugging",
    "headache": "pain hurt head",
    "earache": "pain hurt",
    "knee-pain": "pain hurt",
    "eye-pain": "pain hurt",
    "exhausted-face": "tired exhausted",
    "dejected-face": "sad fed",
    "thinking-face": "think thinking wondering",
    "partying-face": "party celebrate",
    "face-savoring-food": "tasty delicious yummy",
    "see-no-evil-monkey": "embarrassed",
    "hear-no-evil-monkey": "noise loud",
    # people
    "cook": "cooking chef kitchen catering",
    "man-cook": "cooking chef kitchen catering",
    "woman-cook": "cooking chef kitchen catering",
    "farmer": "farm farming land",
    "man-farmer": "farm farming land",
    "woman-farmer": "farm farming land",
    "mechanic": "cars repair garage fixing",
    "man-mechanic": "cars repair garage fixing",
    "woman-mechanic": "cars repair garage fixing",
    "factory-worker": "factory manufacturing production",
    "man-factory-worker": "factory manufacturing production",
    "woman-factory-worker": "factory manufacturing production",
    "office-worker": "office admin desk",
    "man-office-worker": "office admin desk",
    "woman-office-worker": "office admin desk",
    "technologist": "computer computers coding technology",
    "man-technologist": "computer computers coding technology",
    "woman-technologist": "computer computers coding technology",
    "teacher": "school teaching lessons",
    "man-teacher": "school teaching lessons",
    "woman-teacher": "school teaching lessons",
    "student": "school college learning study",
    "man-student": "school college learning study",
    "woman-student": "school college learning study",
    "health-worker": "nurse doctor care health",
    "man-health-worker": "nurse doctor care health",
    "woman-health-worker": "nurse doctor care health",
    "construction-worker": "builder building construction",
    "man-construction-worker": "builder building construction",
    "woman-construction-worker": "builder building construction",
    "guard": "security",
    "man-guard": "security",
    "woman-guard": "security",
    "scientist": "science laboratory lab",
    "artist": "art painting drawing",
    "singer": "singing music",
    "person-feeding-baby": "childcare nursery",
    "woman-feeding-baby": "childcare nursery mum",
    "man-feeding-baby": "childcare nursery dad",
    "female-doctor": "doctor health care hospital",
    "male-doctor": "doctor health care hospital",
    "female-nurse": "nurse health care hospital",
    "male-nurse": "nurse health care hospital",
    "gardener-man": "gardener gardening garden",
    "gardener-woman": "gardener gardening garden",
    "barista": "coffee cafe",
    "man-barista": "coffee cafe",
    "woman-barista": "coffee cafe",
    "dj": "music",
    "person-raising-hand": "question help ask",
    "person-shrugging": "unsure",
    "person-gesturing-no": "no",
    "person-gesturing-ok": "yes ok",
    "people-hugging": "hug friends",
    "people-holding-hands": "friends together",
    "busts-in-silhouette": "group team people",
    "bust-in-silhouette": "me profile",
    "family-woman-boy": "mum mother son",
    "family-woman-girl": "mum mother daughter",
    "family-man-boy": "dad father son",
    "family-man-girl": "dad father daughter",
    "family": "parents",
    "help-others": "help helping care support",
    "people-dialogue": "talking conversation",
    "waving-hand": "hello hi bye goodbye",
    "raised-hand": "stop wait",
    "folded-hands": "please thanks",
    "clapping-hands": "clap applause",
    "thumbs-up": "yes good like",
    "thumbs-down": "no bad dislike",
    "ok-hand": "ok good",
    "handshake": "agreement meeting greeting",
    "ear": "hearing listen listening",
    "eye": "see look looking",
    "eyes": "see look looking watching",
    "speaking-head": "speak speech talk talking say",
    "person-with-white-cane": "blind",
    "deaf-person": "sign",
    # activities
    "soccer-ball": "football sport",
    "person-bouncing-ball": "basketball",
    "person-lifting-weights": "gym exercise fitness",
    "person-in-lotus-position": "yoga relax calm meditation",
    "person-in-bed": "sleep rest bedtime",
    "person-taking-bath": "bath washing",
    "person-walking": "walking walk",
    "person-running": "running run",
    "person-swimming": "swimming swim",
    "person-biking": "cycling bike",
    "person-climbing": "climbing",
    "ballet-dancer": "dancing dance",
    "woman-dancing": "dancing dance",
    "man-dancing": "dancing dance",
    "person-with-dog": "walking walk",
    "performing-arts": "theatre drama acting",
    "artist-palette": "art painting",
    "framed-picture": "art painting",
    "thread": "sewing crafts",
    "sewing-needle": "sewing crafts",
    "yarn": "knitting crafts",
    "video-game": "gaming games console",
    "joystick": "gaming games",
    "game-die": "board games dice",
    "puzzle-piece": "jigsaw puzzles",
    "microphone": "singing karaoke",
    "musical-keyboard": "piano music",
    "guitar": "music",
    "drum": "drums music",
    "musical-notes": "music",
    "musical-note": "music",
    "movie-camera": "films cinema movies",
    "clapper-board": "films movies acting",
    "radio": "music listening",
    "fishing-pole": "fishing",
    "trophy": "winner best success",
    "sports-medal": "winner award",
    # animals
    "dog": "pet",
    "dog-face": "pet",
    "cat": "pet",
    "cat-face": "pet",
    "rabbit": "pet",
    "hamster": "pet",
    "horse": "riding horses",
    "cow": "farm",
    "pig": "farm",
    "ewe": "sheep farm",
    "ram": "sheep farm",
    "chicken": "farm hen",
    "paw-prints": "animals pets",
    # food
    "cooking": "cook frying kitchen",
    "pot-of-food": "stew soup cooking",
    "fork-and-knife-with-plate": "eating meal dinner lunch restaurant",
    "fork-and-knife": "eating cutlery",
    "hot-beverage": "tea coffee drink cafe",
    "teacup-without-handle": "tea drink",
    "cup-with-straw": "drink juice",
    "glass-of-milk": "milk drink",
    "green-salad": "healthy",
    "red-apple": "apple fruit healthy snack",
    "sandwich": "lunch",
    "kitchen-knife": "chopping cutting kitchen",
    "spaghetti": "pasta",
    "steaming-bowl": "noodles soup",
    "bread": "baking bakery",
    "croissant": "bakery baking",
    "cupcake": "baking cake",
    "birthday-cake": "birthday party",
    "cookie": "biscuit baking",
    "candy": "sweets",
    "lollipop": "sweets",
    "chocolate-bar": "sweets",
    "french-fries": "chips",
    "ear-of-corn": "sweetcorn",
    "doughnut": "donut",
    "latte-macchiato": "coffee cafe",
    "roasted-coffee-bean": "coffee",
    # places
    "house": "home",
    "house-with-garden": "home garden",
    "houses": "homes neighbourhood",
    "school": "college learning education",
    "office-building": "office work",
    "hospital": "health doctor nurse care",
    "factory": "manufacturing work",
    "convenience-store": "shop store retail",
    "department-store": "shop shopping retail",
    "stadium": "sport football match",
    "classical-building": "museum library",
    "building-construction": "building site construction",
    "bank": "money",
    "hotel": "hotels",
    "fountain": "park",
    "cityscape": "city town busy",
    "playground-slide": "park play",
    "ferris-wheel": "funfair fair",
    "roller-coaster": "funfair rides",
    "barber-pole": "hairdresser salon hair",
    "camping": "outdoors",
    "beach-with-umbrella": "seaside holiday",
    "national-park": "park outdoors countryside",
    "cafeteria": "cafe canteen restaurant",
    "stairway": "stairs",
    "parking-garage": "parking car",
    "post-office": "post",
    "tent": "camping",
    # transport
    "bus": "travel transport",
    "oncoming-bus": "travel transport",
    "train": "travel transport railway",
    "metro": "underground tube travel",
    "tram": "travel",
    "airplane": "aeroplane plane flying holiday travel",
    "automobile": "car driving travel",
    "taxi": "car travel",
    "bicycle": "bike cycling",
    "motorcycle": "motorbike",
    "motor-scooter": "scooter moped",
    "kick-scooter": "scooter",
    "bus-stop": "bus",
    "tractor": "farm",
    "fuel-pump": "petrol",
    "vertical-traffic-light": "traffic lights road",
    "horizontal-traffic-light": "traffic lights road",
    "delivery-truck": "delivery van lorry",
    "articulated-lorry": "lorry truck haulage",
    "canoe": "canoeing kayak",
    "sailboat": "sailing",
    "luggage": "suitcase travel holiday",
    # work
    "broom": "cleaning sweeping sweep",
    "kehrwoche": "sweeping cleaning broom rota",
    "bucket": "cleaning mop",
    "sponge": "cleaning washing dishes",
    "soap": "washing clean hygiene",
    "plunger": "toilet cleaning",
    "basket": "laundry shopping",
    "bed-linen": "bedding beds housekeeping",
    "bellhop-bell": "reception service",
    "package": "parcel delivery post warehouse",
    "barcode": "shop scanning checkout retail warehouse",
    "clipboard": "checklist list",
    "memo": "writing note notes",
    "pencil": "writing drawing",
    "collaboration": "teamwork team together",
    "european-name-badge": "badge id",
    "identification-card": "id pass badge",
    "briefcase": "work job office",
    "file-folder": "filing office",
    "file-cabinet": "filing office",
    "scissors": "cutting",
    "straight-ruler": "measuring",
    "wastebasket": "bin rubbish",
    "hammer": "tools diy building repair",
    "wrench": "tools fixing repair spanner",
    "hammer-and-wrench": "tools fixing repair",
    "toolbox": "tools",
    "screwdriver": "tools fixing",
    "ladder": "climbing heights decorating",
    "nut-and-bolt": "assembly fixing",
    "test-tube": "science lab",
    "microscope": "science lab",
    "stethoscope": "doctor nurse health care",
    "fire-extinguisher": "fire safety",
    "lab-coat": "science lab",
    "safety-vest": "safety visibility",
    "goggles": "safety glasses",
    "rescue-worker-s-helmet": "safety helmet",
    "medical-gloves": "gloves hygiene care",
    "wash-hands": "washing hygiene clean",
    "disinfect-surface": "cleaning wiping clean",
    "sanitizer-spray": "cleaning spray clean",
    "espresso-machine": "coffee barista cafe",
    "milk-jug": "barista coffee",
    "drip-coffee-maker": "coffee",
    "coffee-grinder": "coffee",
    "french-press": "coffee cafetiere",
    "moka-pot": "coffee",
    "scales": "weighing weight",
    "lawn-mower": "gardening grass mowing garden",
    "wheelbarrow": "gardening garden",
    "spade": "digging gardening",
    "trowel": "digging gardening planting",
    "shovel": "digging",
    "washing-machine": "laundry washing clothes",
    "shopping-cart": "shop shopping supermarket trolley retail",
    "code-editor": "coding programming computer",
    "balance-scale": "law fair",
    "interview": "job talking questions meeting",
    "abacus": "counting numbers maths",
    # things
    "laptop": "computer computers",
    "desktop-computer": "computer computers pc",
    "mobile-phone": "phone mobile smartphone texting",
    "telephone": "phone calling",
    "telephone-receiver": "phone calling",
    "headphone": "headphones noise ear defenders listening music",
    "television": "tv watching",
    "camera": "photography photos",
    "glasses": "spectacles",
    "pound-banknote": "money cash pay wages",
    "coin": "money cash pay",
    "money-bag": "money wages pay salary",
    "credit-card": "money pay card",
    "receipt": "till shop paying bill",
    "alarm-clock": "time wake punctual",
    "watch": "time punctual",
    "mantelpiece-clock": "time",
    "calendar": "date days week diary",
    "spiral-calendar": "date days week diary",
    "tear-off-calendar": "date day diary",
    "open-book": "reading book",
    "books": "reading library",
    "newspaper": "reading news",
    "backpack": "bag school",
    "pill": "medicine tablets",
    "pills": "medicine tablets",
    "medication": "medicine tablets",
    "bed": "sleep bedroom",
    "toilet": "loo",
    "shower": "washing",
    "toothbrush": "teeth brushing hygiene",
    "light-bulb": "idea light",
    "outlet": "socket electricity",
    "electric-plug": "plug electricity",
    # nature
    "deciduous-tree": "tree outdoors nature",
    "evergreen-tree": "tree outdoors forest",
    "potted-plant": "gardening plants",
    "seedling": "gardening growing plant",
    "sun": "sunny weather",
    "cloud": "cloudy weather",
    "cloud-with-rain": "rainy weather",
    "snowflake": "snowy weather",
    # signs and symbols
    "check-mark-button": "yes tick correct right done",
    "check-mark": "yes tick correct done",
    "check-box-with-check": "yes tick done",
    "cross-mark": "no wrong",
    "cross-mark-button": "no wrong",
    "red-question-mark": "question unsure",
    "red-exclamation-mark": "important attention",
    "speech-balloon": "talk speech chat",
    "stop-sign": "stop",
    "stop-button": "stop",
    "play-button": "play start",
    "pause-button": "pause wait break",
    "plus": "add more",
    "minus": "less remove",
    "gear": "settings",
    "home-button": "home",
    "warning": "careful danger caution",
    "no-entry": "keep out",
    "prohibited": "not allowed no",
    "restroom": "toilet toilets loo",
    "water-closet": "toilet loo",
    "wheelchair-symbol": "accessible disabled",
    "information": "info help",
    "sos-button": "help emergency",
    "recycling-symbol": "recycling recycle",
    "litter-in-bin-sign": "rubbish bin litter",
    "counterclockwise-arrows-button": "again repeat undo refresh",
    "right-arrow": "next forward",
    "left-arrow": "back previous",
    "muted-speaker": "quiet silent mute",
    "speaker-high-volume": "loud noise sound",
    "loudspeaker": "announcement loud",
    "magnifying-glass-tilted-left": "search find look detail checking",
    "magnifying-glass-tilted-right": "search find look detail checking",
    "hundred-points": "perfect best",
    "green-circle": "go good",
    "red-circle": "stop bad",
    "yellow-circle": "middle",
    "circle-with-left-half-black": "half middle sometimes",
    "delete": "bin remove",
    "close": "cross",
    "return": "back",
    "edit": "change",
    "add-button": "add plus new",
    "tap": "touch press",
    "double-tap": "touch press",
    "finger-pushing-button": "press button switch",
    "keycap-0": "zero number", "keycap-1": "one number", "keycap-2": "two number",
    "keycap-3": "three number", "keycap-4": "four number", "keycap-5": "five number",
    "keycap-6": "six number", "keycap-7": "seven number", "keycap-8": "eight number",
    "keycap-9": "nine number", "keycap-10": "ten number",
}

STOPWORDS = set("a an and the of with in on at for to or by from is as".split())
NOISE_WORDS = set("coronavirus covid".split())


def fail(message):
    print("make_symbols.py: " + message, file=sys.stderr)
    sys.exit(1)


def slugify(annotation):
    """The symbol id rule: lowercase, non-[a-z0-9] runs to "-", trimmed."""
    return re.sub(r"[^a-z0-9]+", "-", annotation.lower()).strip("-")


def plain_words(text):
    """Lowercase ASCII words of text, in order, without stop words."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = []
    for word in re.findall(r"[a-z0-9]+", folded.lower()):
        if word in STOPWORDS or word in NOISE_WORDS:
            continue
        if len(word) == 1 and not word.isdigit():
            continue
        words.append(word)
    return words


# [SECTION] Finding OpenMoji

def openmoji_is_usable(directory):
    package = os.path.join(directory, "package.json")
    data = os.path.join(directory, "data", "openmoji.json")
    if not (os.path.isfile(package) and os.path.isfile(data)):
        return False
    with open(package, encoding="utf-8") as handle:
        version = json.load(handle).get("version")
    if version != OPENMOJI_VERSION:
        print(f"make_symbols.py: {directory} holds OpenMoji {version}, "
              f"not {OPENMOJI_VERSION}; not using it", file=sys.stderr)
        return False
    return True


def find_openmoji(explicit):
    if explicit:
        if not openmoji_is_usable(explicit):
            fail(f"--openmoji {explicit}: no OpenMoji {OPENMOJI_VERSION} there "
                 "(expected package.json and data/openmoji.json)")
        return explicit
    if os.environ.get("OPENMOJI_DIR") and openmoji_is_usable(os.environ["OPENMOJI_DIR"]):
        return os.environ["OPENMOJI_DIR"]
    work = os.path.join(tempfile.gettempdir(), f"rightjob-openmoji-{OPENMOJI_VERSION}")
    installed = os.path.join(work, "node_modules", "openmoji")
    if openmoji_is_usable(installed):
        return installed
    if not shutil.which("npm"):
        fail("OpenMoji is not here and npm is not installed; install npm, or "
             "pass --openmoji DIR pointing at an unpacked openmoji@"
             + OPENMOJI_VERSION)
    os.makedirs(work, exist_ok=True)
    print(f"Installing openmoji@{OPENMOJI_VERSION} into {work} ...", flush=True)
    result = subprocess.run(
        ["npm", "install", "--no-audit", "--no-fund", "--no-save", "--prefix", work,
         f"openmoji@{OPENMOJI_VERSION}"])
    if result.returncode != 0 or not openmoji_is_usable(installed):
        fail(f"npm install openmoji@{OPENMOJI_VERSION} into {work} failed")
    return installed


# [SECTION] Symbol ids

def assign_ids(emoji_list):
    """Returns {id: emoji} for every emoji that may have an id."""
    eligible = [e for e in emoji_list
                if not e.get("skintone") and e["group"] not in ("flags", "component")]
    natural = {slugify(e["annotation"]) for e in eligible}
    by_id = {}
    for emoji in eligible:
        base = slugify(emoji["annotation"])
        symbol_id = base
        number = 2
        while symbol_id in by_id or (symbol_id != base and symbol_id in natural):
            symbol_id = f"{base}-{number}"
            number += 1
        by_id[symbol_id] = emoji
    return by_id


def subgroup_key(emoji):
    return emoji["group"] + "/" + emoji["subgroups"]


def category_for(symbol_id, emoji):
    if symbol_id in CATEGORY_OF:
        return CATEGORY_OF[symbol_id]
    key = subgroup_key(emoji)
    if key in SUBGROUP_CATEGORY:
        return SUBGROUP_CATEGORY[key]
    wildcard = emoji["group"] + "/*"
    if wildcard in SUBGROUP_CATEGORY:
        return SUBGROUP_CATEGORY[wildcard]
    return "symbols"


# [SECTION] Picking

def find_symbol_strings(node, found):
    """Every string value of a key "symbol", at any depth."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "symbol":
                values = value if isinstance(value, list) else [value]
                for item in values:
                    if isinstance(item, str) and item.strip():
                        found.append(item.strip())
            else:
                find_symbol_strings(value, found)
    elif isinstance(node, list):
        for item in node:
            find_symbol_strings(item, found)


def referenced_symbols(by_id):
    """{id: [files]} for every symbol id the layouts and the catalogue name."""
    referenced = {}
    problems = []
    for folder, suffix in REFERENCE_GLOBS:
        directory = os.path.join(REPO_DIR, folder)
        if not os.path.isdir(directory):
            continue
        for name in sorted(os.listdir(directory)):
            if not name.endswith(suffix):
                continue
            path = os.path.join(directory, name)
            relative = os.path.relpath(path, REPO_DIR)
            try:
                with open(path, encoding="utf-8") as handle:
                    document = json.load(handle)
            except (OSError, ValueError) as error:
                fail(f"{relative}: cannot read it as JSON: {error}")
            found = []
            find_symbol_strings(document, found)
            for symbol_id in found:
                if symbol_id not in by_id:
                    problems.append(f"{relative}: symbol \"{symbol_id}\" is not an "
                                    f"OpenMoji {OPENMOJI_VERSION} symbol id")
                    continue
                referenced.setdefault(symbol_id, [])
                if relative not in referenced[symbol_id]:
                    referenced[symbol_id].append(relative)
    if problems:
        fail("unknown symbol ids:\n  " + "\n  ".join(problems)
             + "\n(ids are OpenMoji annotations: lowercase, other characters "
               "as '-'; see symbols/README.md)")
    return referenced


def curated_symbols(by_id):
    members = {}
    for symbol_id, emoji in by_id.items():
        members.setdefault(subgroup_key(emoji), []).append(symbol_id)
    picked = []
    for key, spec in PICKS.items():
        if key not in members:
            fail(f"PICKS names subgroup {key}, which OpenMoji does not have")
        if spec == ALL:
            # Every member but the unsuitable ones and the "-2" duplicates.
            picked.extend(i for i in members[key] if i not in UNSUITABLE
                          and i == slugify(by_id[i]["annotation"]))
            continue
        for symbol_id in spec.split():
            if symbol_id not in by_id:
                fail(f"PICKS[{key}] names {symbol_id}, which is not a symbol id")
            if subgroup_key(by_id[symbol_id]) != key:
                fail(f"PICKS[{key}] names {symbol_id}, which is in "
                     f"{subgroup_key(by_id[symbol_id])}")
            if symbol_id in UNSUITABLE:
                fail(f"PICKS[{key}] names {symbol_id}, which is UNSUITABLE")
            picked.append(symbol_id)
    return picked


# [SECTION] Keywords

def keywords_for(symbol_id, emoji):
    """The id's own words first (without a "-2" suffix), then OpenMoji's
    annotation, tags and openmoji_tags, then SYNONYMS; each word once."""
    words = []
    sources = [slugify(emoji["annotation"]).replace("-", " "), emoji["annotation"]]
    sources += emoji.get("tags", "").split(",")
    sources += emoji.get("openmoji_tags", "").split(",")
    sources.append(SYNONYMS.get(symbol_id, ""))
    for source in sources:
        for word in plain_words(source):
            if word not in words:
                words.append(word)
    return words


# [SECTION] Drawing

def render(svg, png, size, optimise):
    temporary = png + ".tmp.png"
    subprocess.run(["rsvg-convert", "--width", str(size), "--height", str(size),
                    "--keep-aspect-ratio", "--format", "png", "--output", temporary, svg],
                   check=True)
    if optimise:
        subprocess.run(["optipng", "-quiet", "-o2", "-strip", "all", temporary], check=True)
    os.replace(temporary, png)


def draw_all(chosen, by_id, openmoji_dir, force, jobs):
    if not shutil.which("rsvg-convert"):
        fail("rsvg-convert is not installed (Debian: apt-get install librsvg2-bin)")
    optimise = shutil.which("optipng") is not None
    if not optimise:
        print("make_symbols.py: optipng not found; PNGs are left unoptimised "
              "(Debian: apt-get install optipng)", file=sys.stderr)
    tasks = []
    for size in SIZES:
        folder = os.path.join(SYMBOLS_DIR, "png", str(size))
        os.makedirs(folder, exist_ok=True)
        wanted = {f"{i}.png" for i in chosen}
        for name in sorted(os.listdir(folder)):
            if name not in wanted:
                os.remove(os.path.join(folder, name))
        for symbol_id in chosen:
            png = os.path.join(folder, f"{symbol_id}.png")
            if os.path.exists(png) and not force:
                continue
            svg = os.path.join(openmoji_dir, "color", "svg", by_id[symbol_id]["hexcode"] + ".svg")
            if not os.path.isfile(svg):
                fail(f"OpenMoji has no {svg} for {symbol_id}")
            tasks.append((svg, png, size))
    if tasks:
        print(f"Drawing {len(tasks)} PNGs ...", flush=True)
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for future in [pool.submit(render, svg, png, size, optimise)
                       for svg, png, size in tasks]:
            future.result()


# [SECTION] Writing the manifest and the notices

def write_text(name, text):
    with open(os.path.join(SYMBOLS_DIR, name), "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def write_manifest(chosen, by_id, categories):
    header = {
        "format": "rightjob-symbols",
        "format_version": 1,
        "source": f"OpenMoji {OPENMOJI_VERSION}",
        "licence": "CC BY-SA 4.0",
        "attribution": ATTRIBUTION,
        "sizes": list(SIZES),
    }
    lines = ["{"]
    for key, value in header.items():
        lines.append(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},")
    lines.append('  "categories": [')
    category_lines = []
    for category_id, label, symbol in CATEGORIES:
        category_lines.append("    " + json.dumps(
            {"id": category_id, "label": label, "symbol": symbol}, ensure_ascii=False))
    lines.append(",\n".join(category_lines))
    lines.append("  ],")
    lines.append('  "symbols": [')
    symbol_lines = []
    for symbol_id in chosen:
        emoji = by_id[symbol_id]
        entry = {
            "id": symbol_id,
            "name": emoji["annotation"],
            "category": categories[symbol_id],
            "files": {str(size): f"png/{size}/{symbol_id}.png" for size in SIZES},
            "keywords": keywords_for(symbol_id, emoji),
            "openmoji": emoji["hexcode"],
        }
        symbol_lines.append("    " + json.dumps(entry, ensure_ascii=False))
    lines.append(",\n".join(symbol_lines))
    lines.append("  ]")
    lines.append("}")
    write_text("manifest.json", "\n".join(lines) + "\n")


def write_credits(chosen, by_id):
    rows = ["id\topenmoji\temoji_name\tauthor"]
    for symbol_id in chosen:
        emoji = by_id[symbol_id]
        rows.append("\t".join([symbol_id, emoji["hexcode"], emoji["annotation"],
                               emoji.get("openmoji_author", "") or "OpenMoji"]))
    write_text("CREDITS.tsv", "\n".join(rows) + "\n")


LICENSE_MD = """\
# Licence of the picture symbols

The pictures in this folder (`png/96/*.png`, `png/256/*.png`) come from
**OpenMoji {version}**, the open-source emoji and icon project:

> All emojis designed by [OpenMoji](https://openmoji.org/) – the open-source
> emoji and icon project. License: [CC BY-SA 4.0](https://creativecommons.org/licenses/by-sa/4.0/)

- Licence: Creative Commons Attribution-ShareAlike 4.0 International
  (CC BY-SA 4.0), <https://creativecommons.org/licenses/by-sa/4.0/>. The
  full licence text, as OpenMoji ships it, is in
  [OPENMOJI-LICENSE.txt](OPENMOJI-LICENSE.txt).
- Source: the npm package `openmoji` version {version}, file
  `color/svg/<hexcode>.svg`, from <https://openmoji.org/> and
  <https://github.com/hfg-gmuend/openmoji>.
- Creators: the OpenMoji contributors. [CREDITS.tsv](CREDITS.tsv) names the
  designer of each symbol, with its OpenMoji hexcode and name.
- Changes: the PNG files are adaptations. `make_symbols.py` converted
  (rendered) OpenMoji's SVG files to PNG images of 96 × 96 and 256 × 256
  pixels with `rsvg-convert` and compressed them losslessly with `optipng`;
  the symbol ids, categories and keywords in `manifest.json` are ours. No
  drawing was otherwise changed.
- Because they are adapted from CC BY-SA 4.0 material, these PNG files and
  `manifest.json` are shared under the same licence, CC BY-SA 4.0. There is
  no warranty, as the licence says.

This licence covers only the symbol pictures and their manifest. The rest of
Right Job, including `make_symbols.py`, is under the GNU General Public
License, version 3 or later (see `LICENSE` at the top of the repository).
Wherever the program shows or exports these pictures outside the program
(for example in an easy-read summary), it should carry the attribution line
above, which is also in `manifest.json` as `"attribution"`.
"""

README_MD = """\
# Picture symbols

{count} picture symbols from [OpenMoji](https://openmoji.org/) {version},
ready for the program to use with no network and no converter. Pictures
carry the meaning for people who do not read, so every card, answer and
button can have one.

| file | what it is |
|---|---|
| `manifest.json` | every symbol: `id`, OpenMoji `name`, `category`, `files` by size, English `keywords`, `openmoji` hexcode; and the `categories` |
| `png/96/<id>.png` | 96 × 96 px, transparent background |
| `png/256/<id>.png` | 256 × 256 px, transparent background |
| `make_symbols.py` | the script that picks the symbols and makes everything here |
| `LICENSE.md` | the licence (CC BY-SA 4.0) and the attribution OpenMoji asks for |
| `OPENMOJI-LICENSE.txt` | the full licence text, as OpenMoji ships it |
| `CREDITS.tsv` | the designer of each symbol |

## Symbols by category

| category | label | symbols |
|---|---|---|
{category_rows}

## Symbol ids

A symbol's id is its OpenMoji annotation in lowercase, with every run of
characters other than `a-z` and `0-9` turned into `-`, trimmed of `-`:
"thumbs up" is `thumbs-up`, "woman's hat" is `woman-s-hat`, "cook" is
`cook`. Skin-tone variants, flags and components have none. Where two
emoji give the same id, the first keeps it and later ones get `-2`, `-3` …
Layouts (`layouts/*.json`) and the job catalogue (`assets/jobs/*.json`)
name symbols by id in any key called `"symbol"`.

## Making it again

After a layout or the job catalogue names a symbol that is not here yet, or
after changing the picks in `make_symbols.py`, run from the repository root:

```sh
python3 symbols/make_symbols.py
```

It needs python3 and `rsvg-convert` (Debian: `apt-get install
librsvg2-bin`); `optipng` (Debian: `apt-get install optipng`) makes the
files smaller and is optional. It finds OpenMoji {version} with
`--openmoji DIR`, `$OPENMOJI_DIR`, or in a work folder in the temporary
directory, where it installs it with `npm install openmoji@{version}` the
first time. An id named in a layout or the catalogue that OpenMoji does not
have stops it, naming the file and the id. PNGs already made are kept;
`--force` draws them all again. Running it twice gives the same files.

Then commit the changed files in `symbols/`.
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--openmoji", metavar="DIR",
                        help=f"an unpacked npm package openmoji@{OPENMOJI_VERSION}")
    parser.add_argument("--force", action="store_true", help="draw every PNG again")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2,
                        help="PNGs to draw at once")
    arguments = parser.parse_args()

    openmoji_dir = find_openmoji(arguments.openmoji)
    with open(os.path.join(openmoji_dir, "data", "openmoji.json"), encoding="utf-8") as handle:
        by_id = assign_ids(json.load(handle))

    for category_id, _, symbol in CATEGORIES:
        if symbol not in by_id:
            fail(f"category {category_id}: {symbol} is not a symbol id")
    category_ids = {c[0] for c in CATEGORIES}
    for where, table in (("SUBGROUP_CATEGORY", SUBGROUP_CATEGORY), ("CATEGORY_OF", CATEGORY_OF)):
        for key, value in table.items():
            if value not in category_ids:
                fail(f"{where}[{key}] = {value} is not a category")
    for key in SYNONYMS:
        if key not in by_id:
            fail(f"SYNONYMS names {key}, which is not a symbol id")

    referenced = referenced_symbols(by_id)
    chosen = set(curated_symbols(by_id)) | set(referenced)
    chosen |= {symbol for _, _, symbol in CATEGORIES}
    for symbol_id in sorted(set(referenced) & UNSUITABLE):
        print(f"make_symbols.py: note: {symbol_id} is on the UNSUITABLE list but "
              f"{', '.join(referenced[symbol_id])} names it, so it is included",
              file=sys.stderr)
    chosen = sorted(chosen)
    if len(chosen) < MINIMUM_SYMBOLS:
        fail(f"only {len(chosen)} symbols picked; at least {MINIMUM_SYMBOLS} are wanted")
    categories = {i: category_for(i, by_id[i]) for i in chosen}

    draw_all(chosen, by_id, openmoji_dir, arguments.force, max(1, arguments.jobs))
    write_manifest(chosen, by_id, categories)
    write_credits(chosen, by_id)
    write_text("LICENSE.md", LICENSE_MD.format(version=OPENMOJI_VERSION))
    shutil.copyfile(os.path.join(openmoji_dir, "LICENSE.txt"),
                    os.path.join(SYMBOLS_DIR, "OPENMOJI-LICENSE.txt"))
    counts = {c[0]: 0 for c in CATEGORIES}
    for category in categories.values():
        counts[category] += 1
    rows = "\n".join(f"| `{cid}` | {label} | {counts[cid]} |" for cid, label, _ in CATEGORIES)
    write_text("README.md", README_MD.format(count=len(chosen), version=OPENMOJI_VERSION,
                                             category_rows=rows))

    print(f"{len(chosen)} symbols ({len(referenced)} named by layouts and jobs): "
          + ", ".join(f"{cid} {counts[cid]}" for cid, _, _ in CATEGORIES))


if __name__ == "__main__":
    main()
