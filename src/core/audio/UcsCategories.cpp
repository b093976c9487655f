#include "core/audio/UcsCategories.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

struct Row
{
    const char* catId;
    const char* category;
    const char* subCategory;
};

// UCS 8 spellings. Every category has its MISC (or GENERAL) entry, so that any sound can be filed,
// except SWOOSHES, which UCS splits into SWISH and WHOOSH only.
constexpr Row kRows[] = {
    { "AIRMisc", "AIR", "MISC" },
    { "AIRBlow", "AIR", "BLOW" },
    { "AIRBrst", "AIR", "BURST" },
    { "AIRHiss", "AIR", "HISS" },
    { "AEROMisc", "AIRCRAFT", "MISC" },
    { "AEROHeli", "AIRCRAFT", "HELICOPTER" },
    { "AEROJet", "AIRCRAFT", "JET" },
    { "AEROProp", "AIRCRAFT", "PROP" },
    { "ALRMMisc", "ALARMS", "MISC" },
    { "ALRMBell", "ALARMS", "BELL" },
    { "ALRMBuzr", "ALARMS", "BUZZER" },
    { "ALRMSirn", "ALARMS", "SIREN" },
    { "AMBMisc", "AMBIENCE", "MISC" },
    { "AMBBird", "AMBIENCE", "BIRDSONG" },
    { "AMBCele", "AMBIENCE", "CELEBRATION" },
    { "AMBDsgn", "AMBIENCE", "DESIGNED" },
    { "AMBDsrt", "AMBIENCE", "DESERT" },
    { "AMBFarm", "AMBIENCE", "FARM" },
    { "AMBForst", "AMBIENCE", "FOREST" },
    { "AMBInd", "AMBIENCE", "INDUSTRIAL" },
    { "AMBMrkt", "AMBIENCE", "MARKET" },
    { "AMBNaut", "AMBIENCE", "NAUTICAL" },
    { "AMBOffc", "AMBIENCE", "OFFICE" },
    { "AMBPubl", "AMBIENCE", "PUBLIC PLACE" },
    { "AMBRest", "AMBIENCE", "RESTAURANT & BAR" },
    { "AMBRoom", "AMBIENCE", "ROOM TONE" },
    { "AMBRurl", "AMBIENCE", "RURAL" },
    { "AMBSea", "AMBIENCE", "SEASIDE" },
    { "AMBSubn", "AMBIENCE", "SUBURBAN" },
    { "AMBSwmp", "AMBIENCE", "SWAMP" },
    { "AMBTraf", "AMBIENCE", "TRAFFIC" },
    { "AMBTrop", "AMBIENCE", "TROPICAL" },
    { "AMBUndwtr", "AMBIENCE", "UNDERWATER" },
    { "AMBUrbn", "AMBIENCE", "URBAN" },
    { "AMBWar", "AMBIENCE", "WARFARE" },
    { "ANMLMisc", "ANIMALS", "MISC" },
    { "ANMLAqua", "ANIMALS", "AQUATIC" },
    { "ANMLCat", "ANIMALS", "CAT DOMESTIC" },
    { "ANMLDog", "ANIMALS", "DOG" },
    { "ANMLFarm", "ANIMALS", "FARM" },
    { "ANMLHors", "ANIMALS", "HORSE" },
    { "ANMLInsc", "ANIMALS", "INSECT" },
    { "ANMLWild", "ANIMALS", "WILD" },
    { "BEEP", "BEEPS", "GENERAL" },
    { "BELLMisc", "BELLS", "MISC" },
    { "BELLDoor", "BELLS", "DOORBELL" },
    { "BELLGong", "BELLS", "GONG" },
    { "BELLHand", "BELLS", "HANDBELL" },
    { "BELLLrg", "BELLS", "LARGE" },
    { "BIRDMisc", "BIRDS", "MISC" },
    { "BIRDPrey", "BIRDS", "BIRD OF PREY" },
    { "BIRDCrow", "BIRDS", "CROW" },
    { "BIRDFowl", "BIRDS", "FOWL" },
    { "BIRDSea", "BIRDS", "SEA" },
    { "BIRDSong", "BIRDS", "SONGBIRD" },
    { "BIRDTrop", "BIRDS", "TROPICAL" },
    { "BOATMisc", "BOATS", "MISC" },
    { "BOATMotr", "BOATS", "MOTORBOAT" },
    { "BOATSail", "BOATS", "SAILBOAT" },
    { "BOATShip", "BOATS", "SHIP" },
    { "BLLTMisc", "BULLETS", "MISC" },
    { "BLLTImpt", "BULLETS", "IMPACT" },
    { "TOONMisc", "CARTOON", "MISC" },
    { "TOONBoing", "CARTOON", "BOING" },
    { "TOONPop", "CARTOON", "POP" },
    { "TOONSwsh", "CARTOON", "SWISH" },
    { "CERMMisc", "CERAMICS", "MISC" },
    { "CERMBrk", "CERAMICS", "BREAK" },
    { "CHAINMisc", "CHAINS", "MISC" },
    { "CLOCKMisc", "CLOCKS", "MISC" },
    { "CLOCKChim", "CLOCKS", "CHIME" },
    { "CLOCKTick", "CLOCKS", "TICK" },
    { "CLOTHMisc", "CLOTH", "MISC" },
    { "CLOTHFlp", "CLOTH", "FLAP" },
    { "COMMisc", "COMMUNICATIONS", "MISC" },
    { "COMRadio", "COMMUNICATIONS", "RADIO" },
    { "COMStatic", "COMMUNICATIONS", "STATIC" },
    { "COMTelph", "COMMUNICATIONS", "TELEPHONE" },
    { "CMPTMisc", "COMPUTERS", "MISC" },
    { "CMPTKey", "COMPUTERS", "KEYBOARD & MOUSE" },
    { "CREAMisc", "CREATURES", "MISC" },
    { "CREABeast", "CREATURES", "BEAST" },
    { "CREADino", "CREATURES", "DINOSAUR" },
    { "CREADrgn", "CREATURES", "DRAGON" },
    { "CREAMnstr", "CREATURES", "MONSTER" },
    { "CRWDMisc", "CROWDS", "MISC" },
    { "CRWDApls", "CROWDS", "APPLAUSE" },
    { "CRWDCele", "CROWDS", "CELEBRATION" },
    { "CRWDCheer", "CROWDS", "CHEERING" },
    { "CRWDChld", "CROWDS", "CHILDREN" },
    { "CRWDConv", "CROWDS", "CONVERSATION" },
    { "CRWDLaff", "CROWDS", "LAUGHTER" },
    { "CRWDWalla", "CROWDS", "WALLA" },
    { "DSGNMisc", "DESIGNED", "MISC" },
    { "DSGNBass", "DESIGNED", "BASS DIVE" },
    { "DSGNBoom", "DESIGNED", "BOOM" },
    { "DSGNBram", "DESIGNED", "BRAAM" },
    { "DSGNDron", "DESIGNED", "DRONE" },
    { "DSGNErie", "DESIGNED", "EERIE" },
    { "DSGNEthr", "DESIGNED", "ETHEREAL" },
    { "DSGNRise", "DESIGNED", "RISER" },
    { "DSGNRmbl", "DESIGNED", "RUMBLE" },
    { "DSGNStngr", "DESIGNED", "STINGER" },
    { "DSGNSynth", "DESIGNED", "SYNTHETIC" },
    { "DSGNTonl", "DESIGNED", "TONAL" },
    { "DESTRMisc", "DESTRUCTION", "MISC" },
    { "DESTRCrsh", "DESTRUCTION", "CRASH & DEBRIS" },
    { "DESTRClpse", "DESTRUCTION", "COLLAPSE" },
    { "DIRTMisc", "DIRT & SAND", "MISC" },
    { "DOORMisc", "DOORS", "MISC" },
    { "DOORKnck", "DOORS", "KNOCK" },
    { "DOORMetl", "DOORS", "METAL" },
    { "DOORWood", "DOORS", "WOOD" },
    { "ELECMisc", "ELECTRICITY", "MISC" },
    { "ELECArc", "ELECTRICITY", "ARC" },
    { "ELECBuzz", "ELECTRICITY", "BUZZ & HUM" },
    { "ELECSprk", "ELECTRICITY", "SPARKS" },
    { "EXPLMisc", "EXPLOSIONS", "MISC" },
    { "EXPLReal", "EXPLOSIONS", "REAL" },
    { "EXPLDsgn", "EXPLOSIONS", "DESIGNED" },
    { "FGHTMisc", "FIGHT", "MISC" },
    { "FGHTImpt", "FIGHT", "IMPACT" },
    { "FIREMisc", "FIRE", "MISC" },
    { "FIREBurn", "FIRE", "BURNING" },
    { "FIREBrst", "FIRE", "BURST" },
    { "FIRECrkl", "FIRE", "CRACKLE" },
    { "FIREIgn", "FIRE", "IGNITE" },
    { "FIRETrch", "FIRE", "TORCH" },
    { "FIREWhsh", "FIRE", "WHOOSH" },
    { "FRWKMisc", "FIREWORKS", "MISC" },
    { "FRWKComr", "FIREWORKS", "COMMERCIAL" },
    { "FRWKRec", "FIREWORKS", "RECREATIONAL" },
    { "FOLYMisc", "FOLEY", "MISC" },
    { "FOLYClth", "FOLEY", "CLOTH" },
    { "FOLYFeet", "FOLEY", "FEET" },
    { "FOLYHand", "FOLEY", "HANDS" },
    { "FOLYProp", "FOLEY", "PROP" },
    { "FOODMisc", "FOOD & DRINK", "MISC" },
    { "FOODCook", "FOOD & DRINK", "COOKING" },
    { "FOODDrnk", "FOOD & DRINK", "DRINKING" },
    { "FOODEat", "FOOD & DRINK", "EATING" },
    { "FEETMisc", "FOOTSTEPS", "MISC" },
    { "FEETAnml", "FOOTSTEPS", "ANIMAL" },
    { "FEETCrea", "FOOTSTEPS", "CREATURE" },
    { "FEETHors", "FOOTSTEPS", "HORSE" },
    { "FEETHmn", "FOOTSTEPS", "HUMAN" },
    { "GAMEMisc", "GAMES", "MISC" },
    { "GAMEArcd", "GAMES", "ARCADE" },
    { "GAMEVideo", "GAMES", "VIDEO" },
    { "GLASMisc", "GLASS", "MISC" },
    { "GLASBrk", "GLASS", "BREAK" },
    { "GLASImpt", "GLASS", "IMPACT" },
    { "GOREMisc", "GORE", "MISC" },
    { "GUNMisc", "GUNS", "MISC" },
    { "GUNArtl", "GUNS", "ARTILLERY" },
    { "GUNAuto", "GUNS", "AUTOMATIC" },
    { "GUNCano", "GUNS", "CANNON" },
    { "GUNPis", "GUNS", "PISTOL" },
    { "GUNRif", "GUNS", "RIFLE" },
    { "GUNShotg", "GUNS", "SHOTGUN" },
    { "HORNMisc", "HORNS", "MISC" },
    { "HORNCele", "HORNS", "CELEBRATION" },
    { "HMNMisc", "HUMAN", "MISC" },
    { "HMNBrth", "HUMAN", "BREATH" },
    { "HMNHart", "HUMAN", "HEARTBEAT" },
    { "ICEMisc", "ICE", "MISC" },
    { "LASRMisc", "LASERS", "MISC" },
    { "LASRGun", "LASERS", "GUN" },
    { "LIQMisc", "LIQUID & MUD", "MISC" },
    { "LIQBubl", "LIQUID & MUD", "BUBBLES" },
    { "MACHMisc", "MACHINES", "MISC" },
    { "MACHAppl", "MACHINES", "APPLIANCE" },
    { "MACHFan", "MACHINES", "FAN" },
    { "MACHInd", "MACHINES", "INDUSTRIAL" },
    { "MAGMisc", "MAGIC", "MISC" },
    { "MAGElem", "MAGIC", "ELEMENTAL" },
    { "MAGEvil", "MAGIC", "EVIL" },
    { "MAGPoof", "MAGIC", "POOF" },
    { "MAGShim", "MAGIC", "SHIMMER" },
    { "MAGSpel", "MAGIC", "SPELL" },
    { "MECHMisc", "MECHANICAL", "MISC" },
    { "MECHClik", "MECHANICAL", "CLICK" },
    { "MECHGear", "MECHANICAL", "GEARS" },
    { "MECHLock", "MECHANICAL", "LOCK" },
    { "MECHSwtch", "MECHANICAL", "SWITCH" },
    { "METLMisc", "METAL", "MISC" },
    { "METLImpt", "METAL", "IMPACT" },
    { "METLTonl", "METAL", "TONAL" },
    { "MOTRMisc", "MOTORS", "MISC" },
    { "MOTRComb", "MOTORS", "COMBUSTION" },
    { "MOTRElec", "MOTORS", "ELECTRIC" },
    { "MOTRTurb", "MOTORS", "TURBINE" },
    { "MOVEMisc", "MOVEMENT", "MISC" },
    { "MOVEPres", "MOVEMENT", "PRESENCE" },
    { "MUSCMisc", "MUSICAL", "MISC" },
    { "MUSCBrass", "MUSICAL", "BRASS" },
    { "MUSCChim", "MUSICAL", "CHIME" },
    { "MUSCChor", "MUSICAL", "CHORAL" },
    { "MUSCInst", "MUSICAL", "INSTRUMENT" },
    { "MUSCLoop", "MUSICAL", "LOOP" },
    { "MUSCPerc", "MUSICAL", "PERCUSSION" },
    { "MUSCSong", "MUSICAL", "SONG & PHRASE" },
    { "MUSCStngr", "MUSICAL", "STINGER" },
    { "MUSCStr", "MUSICAL", "STRINGED" },
    { "MUSCWind", "MUSICAL", "WOODWIND" },
    { "NATDMisc", "NATURAL DISASTER", "MISC" },
    { "NATDQuak", "NATURAL DISASTER", "EARTHQUAKE" },
    { "NATDTorn", "NATURAL DISASTER", "TORNADO" },
    { "NATDVolc", "NATURAL DISASTER", "VOLCANO" },
    { "OBJMisc", "OBJECTS", "MISC" },
    { "OBJCoin", "OBJECTS", "COIN" },
    { "OBJFurn", "OBJECTS", "FURNITURE" },
    { "OBJKey", "OBJECTS", "KEYS" },
    { "OBJZipr", "OBJECTS", "ZIPPER" },
    { "PAPRMisc", "PAPER", "MISC" },
    { "PAPRRip", "PAPER", "RIP" },
    { "PLASMisc", "PLASTIC", "MISC" },
    { "RAIN", "RAIN", "GENERAL" },
    { "RAINConc", "RAIN", "CONCRETE" },
    { "RAINGlas", "RAIN", "GLASS" },
    { "RAINMetl", "RAIN", "METAL" },
    { "RAINPlas", "RAIN", "PLASTIC" },
    { "RAINVege", "RAIN", "VEGETATION" },
    { "RAINWatr", "RAIN", "WATER" },
    { "RAINWood", "RAIN", "WOOD" },
    { "ROBTMisc", "ROBOTS", "MISC" },
    { "ROCKMisc", "ROCKS", "MISC" },
    { "ROCKImpt", "ROCKS", "IMPACT" },
    { "SCIMisc", "SCIFI", "MISC" },
    { "SCIEnrg", "SCIFI", "ENERGY" },
    { "SCIShip", "SCIFI", "SPACESHIP" },
    { "SCIWeap", "SCIFI", "WEAPON" },
    { "SNOWMisc", "SNOW", "MISC" },
    { "SPRTMisc", "SPORTS", "MISC" },
    { "SWSH", "SWOOSHES", "SWISH" },
    { "WHSH", "SWOOSHES", "WHOOSH" },
    { "TOOLMisc", "TOOLS", "MISC" },
    { "TOOLHand", "TOOLS", "HAND" },
    { "TOOLPowr", "TOOLS", "POWER" },
    { "TOYMisc", "TOYS", "MISC" },
    { "TRNMisc", "TRAINS", "MISC" },
    { "TRNDiesl", "TRAINS", "DIESEL" },
    { "TRNSteam", "TRAINS", "STEAM" },
    { "TRNSbwy", "TRAINS", "SUBWAY" },
    { "UIMisc", "USER INTERFACE", "MISC" },
    { "UIAlert", "USER INTERFACE", "ALERT" },
    { "UIBeep", "USER INTERFACE", "BEEP" },
    { "UIClick", "USER INTERFACE", "CLICK" },
    { "UIGlitch", "USER INTERFACE", "GLITCH" },
    { "VEGEMisc", "VEGETATION", "MISC" },
    { "VEGEGras", "VEGETATION", "GRASS" },
    { "VEGELeaf", "VEGETATION", "LEAVES" },
    { "VEGETree", "VEGETATION", "TREE" },
    { "VEHMisc", "VEHICLES", "MISC" },
    { "VEHBike", "VEHICLES", "BICYCLE" },
    { "VEHBus", "VEHICLES", "BUS" },
    { "VEHCar", "VEHICLES", "CAR" },
    { "VEHHorn", "VEHICLES", "HORN" },
    { "VEHMoto", "VEHICLES", "MOTORCYCLE" },
    { "VEHRace", "VEHICLES", "RACING" },
    { "VEHSirn", "VEHICLES", "SIREN" },
    { "VEHTruck", "VEHICLES", "TRUCK VAN & SUV" },
    { "VOXMisc", "VOICES", "MISC" },
    { "VOXChld", "VOICES", "CHILD" },
    { "VOXFem", "VOICES", "FEMALE" },
    { "VOXMale", "VOICES", "MALE" },
    { "VOXSing", "VOICES", "SINGING" },
    { "WATRMisc", "WATER", "MISC" },
    { "WATRBubl", "WATER", "BUBBLES" },
    { "WATRDrip", "WATER", "DRIP" },
    { "WATRFlow", "WATER", "FLOW" },
    { "WATRFoun", "WATER", "FOUNTAIN" },
    { "WATRImpt", "WATER", "IMPACT" },
    { "WATRLap", "WATER", "LAP" },
    { "WATRPour", "WATER", "POUR" },
    { "WATRSplsh", "WATER", "SPLASH" },
    { "WATRStm", "WATER", "STEAM" },
    { "WATRSurf", "WATER", "SURF" },
    { "WATRFall", "WATER", "WATERFALL" },
    { "WATRWave", "WATER", "WAVE" },
    { "WEAPMisc", "WEAPONS", "MISC" },
    { "WEAPArro", "WEAPONS", "ARROW" },
    { "WEAPBow", "WEAPONS", "BOW" },
    { "WEAPKnif", "WEAPONS", "KNIFE" },
    { "WEAPSwrd", "WEAPONS", "SWORD" },
    { "WTHR", "WEATHER", "MISC" },
    { "HAIL", "WEATHER", "HAIL" },
    { "STORM", "WEATHER", "STORM" },
    { "THUN", "WEATHER", "THUNDER" },
    { "WHSTMisc", "WHISTLES", "MISC" },
    { "WIND", "WIND", "GENERAL" },
    { "WINDDsgn", "WIND", "DESIGNED" },
    { "WINDGust", "WIND", "GUST" },
    { "WINDInt", "WIND", "INTERIOR" },
    { "WINDTonl", "WIND", "TONAL" },
    { "WINDVege", "WIND", "VEGETATION" },
    { "WNDWMisc", "WINDOWS", "MISC" },
    { "WINGMisc", "WINGS", "MISC" },
    { "WINGBird", "WINGS", "BIRD" },
    { "WINGInsc", "WINGS", "INSECT" },
    { "WOODMisc", "WOOD", "MISC" },
    { "WOODBrk", "WOOD", "BREAK" },
    { "WOODCrsh", "WOOD", "CRASH & DEBRIS" },
    { "WOODImpt", "WOOD", "IMPACT" },
};

// Lower-case words of a text, plurals folded ("fireworks" -> "firework").
QStringList words(const QString& text)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    QStringList out;
    for (QString w : text.toLower().split(separators, Qt::SkipEmptyParts)) {
        if (w.size() > 3 && w.endsWith(u's') && !w.endsWith("ss"_L1))
            w.chop(1);
        out.append(w);
    }
    return out;
}

bool isGeneric(const QString& subCategory)
{
    return subCategory == "MISC"_L1 || subCategory == "GENERAL"_L1;
}

} // namespace

const QList<UcsCategories::Entry>& UcsCategories::all()
{
    static const QList<Entry> list = [] {
        QList<Entry> l;
        for (const Row& r : kRows)
            l.append({ QString::fromLatin1(r.catId), QString::fromLatin1(r.category),
                QString::fromLatin1(r.subCategory) });
        return l;
    }();
    return list;
}

std::optional<UcsCategories::Entry> UcsCategories::find(const QString& catId)
{
    const QString id = catId.trimmed();
    for (const Entry& e : all()) {
        if (e.catId.compare(id, Qt::CaseInsensitive) == 0)
            return e;
    }
    return std::nullopt;
}

QString UcsCategories::suggest(const QString& prompt)
{
    const QStringList promptWords = words(prompt);
    if (promptWords.isEmpty())
        return {};
    const auto matches = [&](const QString& name) {
        const QStringList nameWords = words(name);
        for (const QString& w : nameWords) {
            if (w.size() > 2 && promptWords.contains(w))
                return true;
        }
        return false;
    };
    // The first category the prompt names, then its most specific subcategory the prompt names too.
    QString best;
    int bestScore = 0;
    for (const Entry& e : all()) {
        int score = 0;
        if (matches(e.category))
            score += 2;
        if (!isGeneric(e.subCategory) && matches(e.subCategory))
            score += 3;
        else if (isGeneric(e.subCategory) && score > 0)
            score += 1; // the category's own entry beats a subcategory of another category
        if (score > bestScore) {
            best = e.catId;
            bestScore = score;
        }
    }
    return best;
}

QString UcsCategories::fxName(const QString& prompt)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}\\p{M}']+"_s);
    QString name;
    for (QString w : prompt.split(separators, Qt::SkipEmptyParts)) {
        w.remove(u'\'');
        if (w.isEmpty())
            continue;
        w = w.at(0).toUpper() + w.mid(1);
        const QString next = name.isEmpty() ? w : name + u' ' + w;
        if (next.size() > kMaxFxNameLength) {
            if (name.isEmpty())
                name = w.left(kMaxFxNameLength); // one long word (or a script without spaces)
            break;
        }
        name = next;
    }
    return name;
}
