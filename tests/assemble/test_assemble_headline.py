"""The headline gate: titles that do not read as headlines are rewritten from the lead, and reported."""

from __future__ import annotations

import pytest

from briefgen.assemble.headcut import without_name_list
from briefgen.assemble.headline import Gated, built_headline, gate_headline

LEAD = "2月16日，市委副书记、市长赵俊民主持召开市政府常务会议，研究部署一季度经济工作。"
BUILT = "市委副书记、市长赵俊民主持召开市政府常务会议"


@pytest.mark.parametrize(("title", "reason"), [
    ("（实习记者 张三 记者 李四）2月16日", "原标题是署名"),
    ("本网讯（王五）2月16日下午", "原标题是电头"),
    ("安康召开全市经济工作会议作者：张三", "原标题是作者或来源"),
    ("全国咨询热线：4008-979-878 某县开展校园食品安全检查", "原标题是作者或来源"),
    ("2月16日下午", "原标题是日期时间"),
    ("市政府常务会议 09:30", "原标题是日期时间"),
    ("图为会议现场。（李四 摄）", "原标题是图片说明"),
    ("会（huì）议召开", "原标题是注音"),
    ("安康日报", "原标题是网站名"),
    ("会议", "原标题过短"),
    (None, "原文无标题"),
    ("", "原文无标题"),
    ("（2022年第29号）", "原标题是公文编号"),
])
def test_titles_that_are_not_headlines_are_built_from_the_lead(title: str | None, reason: str) -> None:
    gated = gate_headline(title, LEAD)
    assert (gated.title, gated.reason) == (BUILT, reason)


@pytest.mark.parametrize(("title", "printed"), [
    ("市政府召开常务会议_安康市人民政府", "市政府召开常务会议"),
    ("法国全国大罢工再次严重影响交通-新华网", "法国全国大罢工再次严重影响交通"),
    ("信阳市城管局全面投入防汛备汛工作|每日焦点", "信阳市城管局全面投入防汛备汛工作"),
    ("市政府召开常务会议。", "市政府召开常务会议"),
    ("阿里郎全新力作《兰花指》单曲成红歌（图）", "阿里郎全新力作《兰花指》单曲成红歌"),
    ("江北区举行防汛应急演练(组图)", "江北区举行防汛应急演练"),
    ("• 省水利厅来沂水县检查督导小型病险水库安全度汛工作", "省水利厅来沂水县检查督导小型病险水库安全度汛工作"),
    ("三、重点项目建设加速推进", "重点项目建设加速推进"),
    ("（抗击新冠肺炎）战“疫”别忘了“湖北郊区”：河南信阳告急", "战“疫”别忘了“湖北郊区”：河南信阳告急"),
])
def test_site_suffixes_and_trailing_marks_are_trimmed(title: str, printed: str) -> None:
    gated = gate_headline(title, LEAD)
    assert gated.title == printed and gated.reason == "去掉了网站名、栏目、序号或专题标签、图片标记、结尾标点"


@pytest.mark.parametrize("title", [
    "1-10月德清县固定资产投资结构趋稳趋优",
    "3.5亿元项目集中签约",
    "补壹刀：别笑！18人的“新八国联军”今天成立了",
    "全国人民代表大会常务委员会关于批准财政部发行特别国债购买外汇及调整2007年末国债余额限额的决议",
    "市政府召开常务会议",
])
def test_real_headlines_pass_unchanged(title: str) -> None:
    assert gate_headline(title, LEAD).title == title and gate_headline(title, LEAD).reason is None


def test_built_headline_is_short_and_has_no_dateline() -> None:
    lead = "本报讯（记者 李明）3月4日上午，市委书记主持召开市委常委会会议，传达学习全国两会精神，研究部署重点工作。"
    title = gate_headline(None, lead.split("）", 1)[1]).title
    assert len(title) <= 28 and "记者" not in title and "3月4日" not in title


@pytest.mark.parametrize(("lead", "built"), [
    ("（雷文姣）5月12日，宁陕县政协九届五次会议在圆满完成各项议程后闭幕。", "宁陕县政协九届五次会议在圆满完成各项议程后闭幕"),
    ("本网讯（记者 肖兵）5月14日上午，政协第四届安康市委员会第四次会议开幕。", "政协第四届安康市委员会第四次会议开幕"),
    ("国家电网安康供电公司完成迎峰度夏准备，新建线路12条。", "国家电网安康供电公司完成迎峰度夏准备"),
])
def test_built_headline_drops_credits_and_datelines(lead: str, built: str) -> None:
    assert gate_headline(None, lead).title == built


def test_a_built_headline_never_cuts_inside_a_quote_or_a_word() -> None:
    assert built_headline("6月4日 东部华侨城大华兴寺举办“平安大运，幸福同行”祈福活动。") == "东部华侨城大华兴寺举办“平安大运，幸福同行”祈福活动"
    assert built_headline("6月8日 第七届深圳市外来青工文体器乐比赛——盐田分赛场海选赛在海山街道梧桐山举行。") == "第七届深圳市外来青工文体器乐比赛——盐田分赛场海选赛举行"
    long_title = "市委常委会召开会议传达学习《中共中央关于进一步全面深化改革推进中国式现代化的决定》精神"
    assert built_headline(f"7月22日，{long_title}。") == "市委常委会召开会议"  # never 传达学习 with its object cut


def test_a_built_headline_drops_a_chain_of_posts_before_the_name_and_never_ends_inside_a_list() -> None:
    lead = ("2月16日，市政协党组书记、主席周建功来到市政协五届二次会议中共、九三、经济、医药卫生、特邀界别"
            "参加分组讨论，与委员们一起讨论政府工作报告。")
    assert built_headline(lead) == "周建功来到市政协五届二次会议界别参加分组讨论"
    assert built_headline("2月20日，县人大代表、代县长王燊来到县人大第十九届第二次会议第一、第四代表团和"
                          "县政协讨论组，与代表们共同审议。") == "王燊来到县人大第十九届第二次会议"
    assert built_headline("1月3日，开发区党工委书记周童到德孝苑养老院调研，王飞陪同。") == "开发区党工委书记周童到德孝苑养老院调研"


def test_a_long_built_headline_loses_the_venue_first_and_is_never_cut_inside_a_word() -> None:
    lead = "2月14日上午，政协安康市第五届委员会第二次会议在安康国际会议中心隆重开幕。"
    assert built_headline(lead) == "政协安康市第五届委员会第二次会议隆重开幕"
    long_lead = "3月2日，安康市高新技术产业开发区管理委员会党工委理论学习中心组集体学习会议圆满结束。"
    built = built_headline(long_lead)
    assert len(built) <= 28 and not built.endswith(("圆", "圆满结")) and long_lead[5:].startswith(built)


def test_a_list_of_short_names_folds_into_the_noun_they_share() -> None:
    lead = "2月14日下午，市政协主席周建功参加市政协五届二次会议中共、无党派、经济、农业、特邀界别分组讨论，与委员们座谈。"
    assert built_headline(lead) == "市政协主席周建功参加市政协五届二次会议界别分组讨论"


def test_a_folded_list_takes_its_last_items_note_with_it() -> None:
    lead = "日前，我省第一届职业技能大赛养老护理、餐厅服务、中式烹调（辽菜）3个分散竞赛项目在盘锦拉开帷幕，选手同台竞技。"
    assert built_headline(lead) == "我省第一届职业技能大赛3个分散竞赛项目在盘锦拉开帷幕"


def test_a_long_built_headline_loses_the_object_of_its_act_before_any_cut() -> None:
    lead = "2月20日，市人大代表、市委书记武文罡先后到紫阳、宁陕和石泉代表团参加对政府工作报告的审议。"
    assert built_headline(lead) == "武文罡先后到紫阳、宁陕和石泉代表团参加审议"


@pytest.mark.parametrize(("lead", "built"), [
    # a closing 工作 goes before any cut, which could fall inside a word
    ("2020年度，奉节县生态环境局开展20个集中式饮用水水源地规范化建设工作，对水源地保护界桩进行统一设置。",
     "奉节县生态环境局开展20个集中式饮用水水源地规范化建设"),
    # no speech verb whose quote the colon cut off
    ("近日，文县公安局石鸡坝派出所民警接到报警称：“家中闯入一只野生动物，需要民警帮助”。接警后，民警立即赶赴现场。",
     "文县公安局石鸡坝派出所民警接到报警"),
    ("“今天的活动很有意义，希望以后多开展点……”9月15日一大早，我县新政府门前热闹非凡，科普日宣传活动吸引了过往群众。",
     "我县新政府门前热闹非凡"),
    ("：“此次科普宣传活动大力弘扬科学思想和科学精神，大力普及科技助力美好生活。”（付子豪）", "此次科普宣传活动大力弘扬科学思想和科学精神"),
    ("新安晚报 安徽网 大皖客户端讯 记者今天下午，合肥市召开垃圾分类工作推进会，部署下一阶段工作。", "合肥市召开垃圾分类工作推进会"),
])
def test_a_built_headline_reads_as_one_in_the_leads_real_pages_gave(lead: str, built: str) -> None:
    assert built_headline(lead) == built


def test_shortening_a_built_headline_never_loads_jieba() -> None:
    import subprocess
    import sys

    leads = ["2月16日，市政协党组书记、主席周建功来到市政协五届二次会议中共、九三、经济、医药卫生、特邀界别参加分组讨论。",
             "3月2日，安康市高新技术产业开发区管理委员会党工委理论学习中心组集体学习会议圆满结束。"]
    code = ("import sys\nfrom briefgen.assemble.headline import built_headline\n"
            f"for lead in {leads!r}:\n    built_headline(lead)\nprint('jieba' in sys.modules)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "False"


def test_a_list_whose_items_grow_long_is_no_list_of_names_and_a_cut_falls_before_a_joining_word() -> None:
    lead = ("今年以来，中洲镇积极与县纪委、科协、党史研究室、邮政局等城乡“组团竞赛”成员单位对接，明确工作目标。")
    assert built_headline(lead) == "中洲镇积极与县纪委、科协、党史研究室"
    lead = "开局即决战，花垣县举行2024年第一季度重点项目集中开工活动暨十八洞农产品及苗族非物质文化遗产中心项目开工仪式。"
    assert built_headline(lead) == "花垣县举行2024年第一季度重点项目集中开工活动"


def test_a_photo_credit_is_no_headline() -> None:
    assert gate_headline("区委新闻办供图", LEAD).reason == "原标题是图片说明"


def test_a_headline_built_from_a_lead_skips_a_since_clause() -> None:
    lead = "主题教育开展以来，泰和县组织8个专业工作组深入乡镇、村，对集中式供水工程进行精准核查。"
    assert built_headline(lead) == "泰和县组织8个专业工作组深入乡镇、村"


def test_a_title_sharing_nothing_with_the_text_is_rebuilt_from_the_lead() -> None:
    lead = "近日，玉田镇河长巡河时发现，上洞江长青段河面上有水葫芦漂浮，镇里立即组织清理。"
    gated = gate_headline("2023年6月22好运生肖排名榜", lead, lead)
    assert gated.reason == "原标题与正文无关" and "水葫芦" in gated.title


def test_a_poetic_title_sharing_a_phrase_with_the_text_stays() -> None:
    text = "当天，龙舟赛在汉江举行，二十支队伍奋楫扬帆，沿岸群众呐喊助威。"
    assert gate_headline("碧水清流千帆竞 奋楫扬帆启新程", text, text).reason is None


@pytest.mark.parametrize(
    ("lead", "built"),
    [
        ("记者从市统计局获悉，今年前三季度全市地区生产总值增长5.2%。", "今年前三季度全市地区生产总值增长5.2%"),
        ("近日，玉田镇河长巡河时发现，上洞江河面上有水葫芦漂浮。", "上洞江河面上有水葫芦漂浮"),
    ],
)
def test_a_built_headline_skips_where_the_news_was_learned(lead: str, built: str) -> None:
    assert built_headline(lead) == built


def test_a_built_headline_skips_a_list_of_activities_and_the_day_they_took_place() -> None:
    lead = "猜灯谜、赏表演、送汤圆……昨天下午，河埒街道水秀社区党群服务中心一片欢声笑语，社区居民一起闹元宵。"
    assert built_headline(lead) == "河埒街道水秀社区党群服务中心一片欢声笑语"


@pytest.mark.parametrize(("lead", "built"), [
    ("清明节临近，森林防火工作刻不容缓。3月23日，某镇召开春季森林防火工作会议，部署巡山护林工作。", "某镇召开春季森林防火工作会议"),
    ("东北网双鸭山12月21日电 近日，某公司投资建设的饲料加工企业在集贤县正式投产。", "某公司投资建设的饲料加工企业在集贤县正式投产"),
    ("中新网重庆九月十六日电 （郭某 刘某）今晚，某某国际旅游节在重庆开幕。", "某某国际旅游节在重庆开幕"),
    ("宁德网消息(记者 林某) 3月7日，某村房车露营地荣获“十佳露营地”称号。", "某村房车露营地荣获“十佳露营地”称号"),
    ("据某某日报报道 1月14日上午，某市春风行动专项活动启动。", "某市春风行动专项活动启动"),
    ("7月9日，延安市委副书记、市长梁某某主持召开市政府第五十九次常务会议。", "梁某某主持召开市政府第五十九次常务会议"),
    ("近日，某县副县长金某带队，到某镇督查老年助餐项目实施情况。", "某县副县长金某带队到某镇督查老年助餐项目实施情况"),
    ("近日，某街安全办联合消防、综合执法队、食安办、经济办、创文办等多个部门开展了消防安全执法检查专项行动。",
     "某街安全办联合多部门开展消防安全执法检查专项行动"),
    ("清明将至，昨日，由某镇森林防火指挥部组织，镇应急扑火队开展森林火灾扑救演练。", "镇应急扑火队开展森林火灾扑救演练"),
    ("在新学期开学伊始，许多中小学校将安全教育纳入开学第一课。", "许多中小学校将安全教育纳入开学第一课"),
    ("面对日益严峻的旱情，某县广大群众发扬连续作战的精神投入到抗旱保秋收战斗中。", "某县广大群众发扬连续作战的精神投入到抗旱保秋收战斗中"),
    ("中高考临近，为进一步净化校园周边环境，切实给考生营造安静的考试环境，确保考试顺利进行，某县市场监管局开展了校园周边专项整治。",
     "某县市场监管局开展校园周边专项整治"),
    ("8月以来，某县政协组织委员赴各镇开展乡村振兴专题调研，为全县乡村振兴起好步、开好头，凝聚共识、建言献策。",
     "某县政协组织委员赴各镇开展乡村振兴专题调研"),
])
def test_a_built_headline_takes_the_news_sentence_and_clause_as_an_editor_would(lead: str, built: str) -> None:
    assert built_headline(lead) == built


def test_a_built_headline_with_no_joining_word_in_reach_ends_after_a_post_not_inside_a_name() -> None:
    from briefgen.assemble.headcut import word_prefix

    assert word_prefix("中国半导体行业协会副理事长魏某某表示产业结构扭曲严重", 16) == "中国半导体行业协会副理事长"


@pytest.mark.parametrize(("lead", "built"), [
    ("新年前夕，镇安县从宣传、党校等部门抽调专职干部组成六个宣讲组深入基层，将全会精神传达到千家万户。",
     "镇安县从宣传、党校等部门抽调专职干部组成六个宣讲组深入基层"),
    ("近日，镇安县3200绪缫丝项目、红凤凰现代农业园等10个重大项目集中开工建设，拉开了新年重大项目建设的帷幕。",
     "镇安县10个重大项目集中开工建设"),
    ("近年来，随着我市经济社会发展的加快，由于规划不当和污水处理设施没有跟上，部分工业和生活废水没有得到应有的处理。",
     "部分工业和生活废水没有得到应有的处理"),
])
def test_a_built_headline_runs_a_character_over_rather_than_cut_a_word_folds_a_counted_list_and_skips_a_cause(
        lead: str, built: str) -> None:
    assert gate_headline(None, lead).title == built


@pytest.mark.parametrize(("lead", "built"), [
    ("“十四五”时期，某区某镇锚定高质量发展目标，在区委、区政府坚强领导下，统筹推进经济发展、民生改善等重点工作。",
     "某区某镇锚定高质量发展目标"),
    ("地处秦巴山区的某省某市某县，素有“汉江第一城”的美誉。据了解，为守护一江清水，某县累计治理河道18公里。",
     "某县累计治理河道18公里"),
])
def test_a_backing_clause_after_who_acts_and_a_first_sentence_that_only_places_set_no_scene(lead: str, built: str) -> None:
    assert gate_headline(None, lead).title == built


def test_a_built_headline_never_ends_on_a_verb_whose_object_it_cut_off() -> None:
    lead = "某市第七届人民代表大会第四次会议听取和审议了某某市长代表市人民政府所作的政府工作报告。"
    assert gate_headline(None, lead).title == "某市第七届人民代表大会第四次会议审议政府工作报告"
    from briefgen.assemble.headcut import word_prefix

    assert word_prefix("某市第七届人民代表大会第四次会议听取和审议了政府工作报告的说明", 20) == "某市第七届人民代表大会第四次会议"


@pytest.mark.parametrize("lead", ["——某江口库区，一望无际的江面清莹透彻，汩汩清水从这里出发，一路向北。",
                                  "连续几个月的高温少雨天气，让田里的庄稼蔫了。", "春光无限黄金地，游人如织赏花来。"])
def test_a_lead_that_only_paints_a_scene_builds_no_headline(lead: str) -> None:
    assert built_headline(lead) == ""


@pytest.mark.parametrize(("lead", "built"), [
    ("近日，某某人民期盼已久的沿江大道新港段项目正式开工。", "某某人民期盼已久的沿江大道新港段项目正式开工"),
    ("5月20日，京沪高速某段封闭施工，车辆需绕行。", "京沪高速某段封闭施工"),
    ("近日，某县农业农村局组织技术人员下乡指导春耕。", "某县农业农村局组织技术人员下乡指导春耕"),
])
def test_a_lead_naming_a_body_a_figure_or_an_event_still_builds_one(lead: str, built: str) -> None:
    assert built_headline(lead) == built


def test_a_lead_whose_actor_is_the_reporter_builds_no_headline() -> None:
    assert built_headline("金秋十月，某地处处激荡着实干奋进的蓬勃气象。近日，记者深入某县一线，实地探访这座县域的发展脉搏。") == ""
    assert built_headline("近日，某县记者协会组织会员深入基层一线开展采访活动。") != ""


def test_a_subtitles_dash_before_a_headline_is_not_printed() -> None:
    lead = "某社区新时代文明实践站坚持服务群众的功能定位，开设第一个社区图书馆。"
    assert gate_headline("——某新区文明实践志愿服务案例（一）", lead).title == "某新区文明实践志愿服务案例（一）"
    assert gate_headline("某县召开会议——部署春耕生产", lead).title == "某县召开会议——部署春耕生产"


@pytest.mark.parametrize(("lead", "built"), [
    ("昨天（0327），县长某某某赴某某、某某等乡镇，深入企业车间、项目工地现场办公，协调解决实际问题。", "县长某某某赴某某、某某等乡镇"),
    ("今日（3月27日）上午，市委书记某某到某县调研。", "市委书记某某到某县调研"),
])
def test_a_day_word_with_its_date_in_brackets_sets_the_time(lead: str, built: str) -> None:
    assert built_headline(lead) == built


def test_a_day_word_with_its_date_in_brackets_is_no_headline() -> None:
    assert gate_headline("昨天（0327）", "某县召开会议部署春耕生产。").reason == "原标题是日期时间"
    assert built_headline("昨天（0327）") == ""


def test_a_sentence_saying_who_said_the_opening_quotation_is_not_the_news() -> None:
    lead = ("“在志愿服务期间，我的职责是引导乘客购票、乘车，我感到非常自豪!”近日，某县返乡大学生志愿者某某向笔者介绍道。"
            "某县团县委组织87名返乡大学生在汽车站开展志愿服务。")
    assert built_headline(lead) == "某县团县委组织87名返乡大学生在汽车站开展志愿服务"


def test_a_clause_saying_only_where_sets_the_scene() -> None:
    lead = "在某市某区某街道某某社区，社区网格员入户走访独居老人，了解他们的安全和生活状况。"
    assert built_headline(lead) == "社区网格员入户走访独居老人"
    venue = "12月1日，在某市工人文化宫举行的“某市新时代文明实践中心建设展示交流活动”现场，我市为第一批46个五星级实践中心授牌。"
    assert built_headline(venue) == "我市为第一批46个五星级实践中心授牌"


def test_a_built_headline_opening_on_a_pronoun_is_none() -> None:
    assert built_headline("她提到的志愿服务活动正是某县一直以来大力推进的项目。") == ""
    assert built_headline("他们深入某县各镇走访企业30家。") == ""


def test_a_built_headline_drops_the_particle_after_an_act_and_a_quoted_events_name_when_long() -> None:
    lead = "婚事新，丧事简，减人情，除陋习……近日，某某区某某镇开展了“易‘菜’旧俗·宜‘菜’新风”主题文化活动。"
    assert built_headline(lead) == "某某区某某镇开展主题文化活动"
    assert built_headline("近日，某县开展了“文明家庭”评选活动。") == "某县开展“文明家庭”评选活动"
    assert built_headline("近日，某县开展了解民情活动。") == "某县开展了解民情活动"


def test_a_columns_name_before_a_bar_is_not_printed() -> None:
    lead = "某市举行重大项目集中签约仪式，某产业园3个项目签约落户。"
    gated = gate_headline("产业项目建设年丨某产业园迎“开园红”", lead)
    assert gated.title == "某产业园迎“开园红”" and gated.reason is not None
    assert gate_headline("要闻丨会议", lead).title == "要闻丨会议"  # too little left after the column


@pytest.mark.parametrize("lead", [
    "9月12日下午，某县委书记某某，县人大常委会主任某某某，县委副书记、县长某某某，督查了果品博览会筹备情况。",
    "“意见”提出，在未来发展目标中，要通过《规划》的实施，加快城市经济发展和建设步伐。",
])
def test_a_built_headline_saying_only_who_or_opening_on_a_modal_is_none(lead: str) -> None:
    assert built_headline(lead) == ""


def test_a_place_opening_like_a_modal_still_builds_a_headline() -> None:
    assert built_headline("近日，将乐县召开全县经济工作会议，部署明年工作。") == "将乐县召开全县经济工作会议"


@pytest.mark.parametrize("caption", ["会议现场", "签约仪式现场", "某某讲话", "某某出席并致辞"])
def test_a_scene_or_speakers_caption_is_no_headline(caption: str) -> None:
    gated = gate_headline(caption, "近日，某县召开全县安全生产工作会议，部署节前安全检查。")
    assert gated.reason == "原标题是图片说明" and gated.title == "某县召开全县安全生产工作会议"
    assert gate_headline("某县召开全县安全生产现场会", "x").reason is None


def test_a_faulty_title_over_a_lead_that_tells_nothing_builds_none() -> None:
    assert gate_headline("会议现场", "会议强调，要深入分析发展历史方位，在落实战略中找准突破点。").title == ""


def test_a_quoted_events_name_goes_before_a_year_and_what_it_is() -> None:
    lead = "近日，某县开展“蒸阳有礼迎马年，文旅惠民乐万家”2026年春节文旅活动，非遗展演、年货展销精彩纷呈。"
    assert built_headline(lead) == "某县开展2026年春节文旅活动"


def test_a_sites_breadcrumb_is_no_headline() -> None:
    lead = "为进一步推动帮扶工作取得实效，自2025年9月起，某集团创新开展了“消费帮扶进机关”专项活动。"
    gated = gate_headline("首页 > 新闻中心 > 专题专栏 > 巩固拓展脱贫攻坚成果 > 帮扶动态", lead)
    assert gated.reason == "原标题是网站名" and gated.title == "某集团创新开展“消费帮扶进机关”专项活动"


def test_a_figurative_headline_sharing_words_with_the_whole_article_is_kept() -> None:
    picked = "一条8公里的近道，这头连着江西，那头连着福建。"
    assert gate_headline("“茶马古道”焕新生", picked, picked).reason == "原标题与正文无关"  # the picks alone
    kept = gate_headline("“茶马古道”焕新生", picked, picked, ("古道", "茶马", "马古"))
    assert kept == Gated("“茶马古道”焕新生", None)


def test_of_a_title_in_two_parts_around_a_bar_the_part_the_article_takes_up_is_the_headline() -> None:
    lead = "满是新采摘的红辣椒、胡萝卜、绿豆。"
    assert gate_headline("新闻多一点|婺源晒秋", lead, lead, ("婺源", "晒秋", "源晒")).title == "婺源晒秋"
    assert gate_headline("新闻多一点|婺源晒秋", lead).title == "新闻多一点"  # nothing tells: a site's name after
    assert gate_headline("某县召开安全生产会议|每日焦点", "某县召开安全生产会议，部署工作。").title == "某县召开安全生产会议"


def test_a_built_headline_starts_on_who_acts_not_on_a_time_phrase_glued_before_it() -> None:
    assert built_headline("据悉，今年春节某某市场将有5000多商户留京过年保供市民菜篮子。") == (
        "某某市场将有5000多商户留京过年保供市民菜篮子")
    assert built_headline("据了解，截至目前某镇农贸市场已全面升级改造完成并投入使用；某市场已列入旧改项目。") == (
        "某镇农贸市场已全面升级改造完成并投入使用")
    assert built_headline("今年前三季度全市地区生产总值增长5.2%。") == "今年前三季度全市地区生产总值增长5.2%"


def test_a_built_headline_skips_a_sentence_that_only_frames_the_year_and_keeps_who_acts() -> None:
    lead = ("2025年是“十四五”收官之年，也是“十五五”谋篇布局之年。2025年，某市人大常委会坚持科学立法、民主立法、"
            "依法立法，聚焦特色产业发展、民生福祉保障等方面，全年颁布法规6部。")
    assert built_headline(lead) == "某市人大常委会全年颁布法规6部"


@pytest.mark.parametrize(
    ("lead", "built"),
    [
        ("10月28日，某县县长李某林带领有关职能部门负责人到宁平、丁村、宜路等乡镇督导调研秋冬季大气污染防治等工作，"
         "副县长肖某等参加调研。", "某县县长李某林到乡镇督导调研秋冬季大气污染防治"),
        ("4月24日上午，由某市委副书记王某兴、副市长王某青带领的市观摩团到某县观摩春季植树造林工作。",
         "市观摩团到某县观摩春季植树造林"),
        ("3月13日上午，某某市信访局局长许某鹏一行3人到某某港区中心港码头参观指导工作。",
         "某某市信访局局长许某鹏到某某港区中心港码头参观指导"),
        ("连日来，副市长某某带领市安监局领导和有关科室负责人，深入四县区重点行业和领域，对全市安全生产工作进行了大检查。",
         "副市长某某深入四县区重点行业和领域"),
        ("10月24日，某市委书记刘某宇率领党政观摩团赴某市学习观摩城区百城建设提质工程项目。",
         "某市委书记刘某宇赴某市学习观摩城区百城建设提质工程项目"),
    ],
)
def test_a_built_headline_leaves_out_who_went_along_and_the_places_listed(lead: str, built: str) -> None:
    assert built_headline(lead) == built


def test_a_built_headline_keeps_the_post_a_chain_of_posts_ends_on_and_never_ends_on_who_spoke() -> None:
    lead = ("6月23日上午，市委书记、市人大常委会主任刘某标、副市长洪某民带领市住建、规划、林业、水利等单位负责同志和"
            "某区主要负责人，深入到某新区部分重点项目建设工地实地调研项目建设。")
    assert not built_headline(lead).startswith("会")
    assert built_headline("某某市长在政府工作报告中提出：某市的发展，需要大干；今年注定是大干的一年。") == ""


def test_a_built_headline_skips_a_slogan_and_a_clock_time_and_a_meeting_is_no_name() -> None:
    lead = ("群策群力，集思广益，开诚布公，凝聚智慧共识，推动某市跨越发展。1月2日晚上8‥00—10‥30，市委书记刘某标主持召开"
            "县市区委书记座谈会，认真听取大家的意见和建议。")
    assert built_headline(lead) == "市委书记刘某标主持召开县市区委书记座谈会"


def test_a_writers_credit_is_no_headline_and_a_chain_of_posts_goes_on_to_what_they_did() -> None:
    assert gate_headline("文︳某某日报社特约作者刘某", LEAD).reason == "原标题是署名"
    lead = ("7月13日，某省老促会会长、省委统战部原常务副部长、省政协民宗委原主任董某某，带领省调研组成员到某市某县调研指导工作。"
            "市老促会会长陈某某陪同调研。")
    assert built_headline(lead) == "董某某带领省调研组成员到某市某县调研指导工作"


def test_a_built_headline_keeps_the_closing_quote_of_a_quoted_phrase_at_the_sentences_end() -> None:
    assert built_headline("随着城际快巴的开通，“某某某”三地真正实现“1小时通达”。") == "“某某某”三地真正实现“1小时通达”"


def test_a_built_headline_leaves_out_a_meeting_held_together_with_the_first_and_keeps_its_verb() -> None:
    lead = "某县十四届县委第三次全体（扩大）会议暨县委经济工作会议召开，迅速传达学习市委全会暨市委经济工作会议精神。"
    assert built_headline(lead) == "某县十四届县委第三次全体（扩大）会议召开"


def test_a_built_headline_skips_the_meeting_at_which_the_news_happened() -> None:
    lead = "6月6日上午，在某市委、市政府召开的2021年度目标责任考核总结表彰大会上，某县荣获2021年度目标责任考核优秀奖。"
    assert built_headline(lead) == "某县荣获2021年度目标责任考核优秀奖"


def test_no_headline_is_built_of_a_clause_that_only_announces_a_list_or_a_decision() -> None:
    lead = "经综合分析研判，某市应对疫情工作领导小组办公室研究决定，自2022年10月13日18时起，划定风险区域如下："
    assert built_headline(lead) == ""
    assert built_headline("6月2日，某市农业机械化发展中心公布了三夏农机作业安排如下：") == ""


def test_a_long_built_headline_loses_a_quoted_theme_the_day_and_the_organ_before_a_post() -> None:
    lead = "某某省人民政府新闻办办公室16日在成都举行“万千气象看某省·县域经济高质量发展”系列主题新闻发布会某县专场。"
    assert built_headline(lead) == "某某省人民政府新闻办办公室举行系列主题新闻发布会某县专场"
    lead = "按照市委工作安排，3月18日至22日，市政协主席廖某率队开展“深化区域协调发展、更好融入成渝地区双城经济圈建设”专题调研。"
    assert built_headline(lead) == "市政协主席廖某率队开展专题调研"
    lead = "10月28日，某市人大常委会副主任杨某某带队赴某县走访调研包联帮扶工业企业，并开展巡林工作。"
    assert built_headline(lead) == "杨某某带队赴某县走访调研包联帮扶工业企业"


def test_a_built_headline_drops_who_organised_the_event_and_a_quote_whose_opening_was_lost() -> None:
    lead = "11月27日，由某省人民政府侨务办公室和中国新闻社某省分社共同组织的2023海外华文媒体美丽某省行”活动走进某市。"
    assert built_headline(lead) == "2023海外华文媒体美丽某省行活动走进某市"


def test_a_month_alone_is_no_figure_that_makes_a_scene_a_headline() -> None:
    assert built_headline("4月的某省某市，青山含翠，生机勃发。站在江边放眼望去，江上水鸟翩跹。") == ""


def test_a_lead_that_only_names_a_body_builds_no_headline() -> None:
    assert built_headline("某市疫情防控指挥部") == ""
    assert built_headline("某市疫情防控指挥部发布第5号通告。") != ""


def test_a_built_headline_ending_on_a_bare_le_builds_none() -> None:
    lead = "为展示成果，由市委宣传部指导，某某日报社主办了“古井贡酒·年份原浆古20”杯2022某市“十大新闻”“十大新闻人物”评选活动。"
    assert built_headline(lead) == ""
    assert built_headline("某县成为了全省第一个试点县。") == "某县成为了全省第一个试点县"
    assert built_headline("某市某中学校长陈某某要退休了。") == "某市某中学校长陈某某要退休了"


def test_a_long_built_headline_on_a_released_document_is_the_documents_title() -> None:
    lead = "4月16日，“某市人民政府发布”微信公众号发布“关于调整某市区封控区、管控区的通告（2022年第25号）”。"
    assert built_headline(lead) == "关于调整某市区封控区、管控区的通告"  # not …微信公众号发布, its object cut off
    assert built_headline("近日，县政府印发《关于做好春耕工作的通知》。") == "县政府印发《关于做好春耕工作的通知》"  # it fits


def test_a_built_headline_is_never_only_a_post_and_loses_the_post_before_a_cut() -> None:
    assert built_headline("市人大常委会副主任") == ""
    lead = "5月15日，市人大常委会副主任连某带领调研视察组来某区开展“千名代表调研视察千项工程行动”调研视察活动。"
    assert built_headline(lead) == "连某带领调研视察组来某区开展调研视察活动"


def test_a_long_built_headline_drops_the_items_a_verb_lists_before_the_whole_and_never_cuts_an_item() -> None:
    lead = ("记者了解到，某市聚焦综合能源、油煤气化工、数字经济、装备制造等“四千四百”八大产业链，市级领导牵头包抓、"
            "市直部门对接联系97家央企。")
    assert built_headline(lead) == "某市聚焦“四千四百”八大产业链"
    head = "某市聚焦综合能源、油煤气化工、数字经济、装备制造等“四千四百”八大产业链"
    assert without_name_list(head) == head  # 油煤气化工 is one item, never cut to 油


def test_a_built_headline_on_a_speech_keeps_the_occasion_without_the_verb_that_opened_the_words() -> None:
    lead = "1月20日下午，省人大代表、市委书记某某某在省十四届人大三次会议某市代表团审议省政府工作报告时指出，要全面落实部署。"
    assert built_headline(lead) == "某某某在省十四届人大三次会议某市代表团审议省政府工作报告"  # never …审议省政府
    assert built_headline("5月8日，市委书记张某在某县调研重大项目建设时强调，要加快进度。") == "市委书记张某在某县调研重大项目建设"


def test_a_title_too_long_set_as_kicker_main_line_and_subtitle_prints_its_main_line() -> None:
    title = ("时刻牢记领袖嘱托 坚决贯彻领袖指示 奋力谱写中国式现代化某湖新篇章 区委常委会召开扩大会议传达学习贯彻 "
             "总书记在某市考察期间重要指示精神 市政协副主席、某湖区委书记孙某某主持并讲话")
    gated = gate_headline(title, "5月18日晚，区委召开常委会（扩大）会议。")
    assert gated.title == "区委常委会召开扩大会议传达学习贯彻总书记在某市考察期间重要指示精神"
    assert gated.reason == "原标题过长，取了主题，去掉了引题和副题"


def test_who_acts_in_a_built_headline_never_opens_on_a_preposition() -> None:
    lead = ("5月16日下午，某某某总书记在前往某地途中，莅临某省某市，在省委书记蓝某某、省长金某某陪同下，"
            "先后到某市博物馆和某湖考察，并作出一系列重要指示。")
    assert built_headline(lead) == "某某某总书记先后到某市博物馆和某湖考察"  # never 在省委先后到…
    unnamed = "5月16日下午，在市委书记王某某、市长李某某陪同下，先后到某市博物馆和某湖考察。"
    assert not built_headline(unnamed).startswith("在")


def test_a_caption_naming_a_meetings_scene_is_no_headline() -> None:
    gated = gate_headline("某市政协党组（扩大）会议现场", "2023年5月19日，市政协党组（扩大）会议召开。")
    assert gated.title == "市政协党组（扩大）会议召开" and gated.reason == "原标题是图片说明"
    assert gate_headline("某市重点项目施工现场热火朝天", "某市重点项目施工现场，工人们正在忙碌。").reason is None


def test_a_built_headline_never_holds_the_words_and_pictures_credit_glued_before_the_lead() -> None:
    lead = "某某在线记者 范某某/文 阮某某/图6月24日，长江某某段迎来新一轮洪峰，当日水位达到10米。"
    assert built_headline(lead) == "长江某某段迎来新一轮洪峰"


def test_a_built_headline_stops_at_a_space_where_the_copy_lost_a_full_stop() -> None:
    lead = "长江某段迎来新一轮洪峰 某市防汛办数据显示，6月24日8时，长江某段水位达到警戒水位。"
    assert built_headline(lead) == "长江某段迎来新一轮洪峰"
    lead = "某县委宣传部部长 张某某 带队到某镇调研文化建设工作，了解基层需求。"  # who, with a space: no event before it
    assert built_headline(lead) == "某县委宣传部部长 张某某 带队到某镇调研文化建设工作"
