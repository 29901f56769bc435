/** English function words and reporting verbs that say nothing about which happening a text reports. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also although am among an and another any are around as at be because been before
being below between both but by can cannot could did do does doing down during each either else even ever every few for
from further had has have having he her here hers herself him himself his how however i if in into is it its itself just
least less like made make many may me might more most much must my myself near neither no nor not now of off often on once
one only or other others our ours ourselves out over own per perhaps quite rather same several shall she should since so
some still such than that the their theirs them themselves then there these they this those though through thus to too
toward towards under until up upon us very via was we were what whatever when whenever where whether which while who whom
whose why will with within without would yet you your yours yourself yourselves
said says say saying told tell tells according added adding reported reports report reportedly news new just also
stated statement year years month months week weeks day days today yesterday tomorrow time times
monday tuesday wednesday thursday friday saturday sunday
mr mrs ms dr people percent first two three last next get got going went come came take took
http https www com html htm php asp`.split(/\s+/).filter((w) => w !== ''),
);
