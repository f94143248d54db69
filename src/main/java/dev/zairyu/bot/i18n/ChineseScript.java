package dev.zairyu.bot.i18n;

/**
 * Tells simplified from traditional Chinese, and Japanese kanji-only text from both, by characters that
 * exist in only one of the three writing systems (common words of everyday and residence vocabulary).
 */
final class ChineseScript {
    /** Simplified forms whose traditional (and Japanese) forms differ. */
    private static final String SIMPLIFIED = "这们国请问说时会来为证签续对过还没发现经样间关长门开题认识业务机应该边让给吗么个学书东车见话记语读钱银飞马鸟鱼专单复杂义乐买卖产亲从众优传伤体余侨债儿党兴养写军农冲决况净击则刚创删别办动劳势区医华协卫却厂历压县参双发变号听启员响团园围图圆场坏块坚声处备复奋妇妈宁宝实审宽宾寻导寿将尔层属岁岛币带师帮库废弃张弹强归当录径忆忧怀态总恶惊惯愿扩扫扬报择换损据挂挥摄摆敌数断无旧显晓暂术杀权条极构标树档桥梦检楼欢残毕气汇汉沟泽洁浅测济浓涂润涨温湾湿满灭灯灵灾点热爱独环现电画疗盐监盖盘着矿码确种积称稳穷笔简粮紧红约级纪纯纳纸线练组细织终绍结给络绝统继续维综绿缓编缩网罚职肃肤胜脑脚脸节苏范药获营蓝虑虚虽补观规视览觉计讨训议讯讲许论设访评识诉诊词译试诚询详误课谁调谈谢谨负财责贤败货质购贯贴贵贷贸费资赔赛车轨转轮软轻载较辅辆输辞边达迁过运远违连迟选递遗邮邻释针钟钢铁银铺销锁错键镇闭闲间闻阅队阳阴阵阶际陆陈险随隐难雾静页顶项顺须顾顿预领频题额颜风饭饮馆驾验鲜鸡黄齐龙";
    /** Traditional forms whose simplified forms differ (and mostly Japanese ones too). */
    private static final String TRADITIONAL = "這們國請問說時會來為證簽續對過還沒發現經樣間關長門開題認識業務機應該邊讓給嗎麼個學書東車見話記語讀錢銀飛馬鳥魚專單複雜義樂買賣產親從眾優傳傷體餘僑債兒黨興養寫軍農衝決況淨擊則剛創刪別辦動勞勢區醫華協衛卻廠歷壓縣參雙發變號聽啟員響團園圍圖圓場壞塊堅聲處備復奮婦媽寧寶實審寬賓尋導壽將爾層屬歲島幣帶師幫庫廢棄張彈強歸當錄徑憶憂懷態總惡驚慣願擴掃揚報擇換損據掛揮攝擺敵數斷無舊顯曉暫術殺權條極構標樹檔橋夢檢樓歡殘畢氣匯漢溝澤潔淺測濟濃塗潤漲溫灣濕滿滅燈靈災點熱愛獨環現電畫療鹽監蓋盤著礦碼確種積稱穩窮筆簡糧緊紅約級紀純納紙線練組細織終紹結給絡絕統繼續維綜綠緩編縮網罰職肅膚勝腦腳臉節蘇範藥獲營藍慮虛雖補觀規視覽覺計討訓議訊講許論設訪評識訴診詞譯試誠詢詳誤課誰調談謝謹負財責賢敗貨質購貫貼貴貸貿費資賠賽車軌轉輪軟輕載較輔輛輸辭邊達遷過運遠違連遲選遞遺郵鄰釋針鐘鋼鐵銀鋪銷鎖錯鍵鎮閉閒間聞閱隊陽陰陣階際陸陳險隨隱難霧靜頁頂項順須顧頓預領頻題額顏風飯飲館駕驗鮮雞黃齊龍";
    /** Japanese forms (shinjitai) that are neither simplified nor traditional Chinese. */
    private static final String JAPANESE = "証続発経関対応変帰済験駅円様県図権歳労働転届営覧緑気楽売読訳検険価残払戻旧択拡総";

    enum Verdict { SIMPLIFIED, TRADITIONAL, JAPANESE, UNCLEAR }

    private ChineseScript() {
    }

    static Verdict of(String text) {
        int simplified = 0;
        int traditional = 0;
        int japanese = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (JAPANESE.indexOf(c) >= 0) {
                japanese++;
            } else if (SIMPLIFIED.indexOf(c) >= 0) {
                simplified++;
            } else if (TRADITIONAL.indexOf(c) >= 0) {
                traditional++;
            }
        }
        if (japanese > simplified && japanese > traditional) {
            return Verdict.JAPANESE;
        }
        if (simplified > traditional) {
            return Verdict.SIMPLIFIED;
        }
        if (traditional > simplified) {
            return Verdict.TRADITIONAL;
        }
        return Verdict.UNCLEAR;
    }
}
