// Scripted chat for the demo room: our own lines. The first minute is a tour, one tier at a time
// so a newcomer sees each once and can read it: the product card's price mark (notice) at once, an
// off-platform lure (warning pop-up) at ~12 s, prohibited goods (critical interstitial) at ~26 s,
// a templated-comment run (data sign, in the findings panel) at ~40 s, then quiet chat. After it
// the room loops a busy mix of everyday chat and every kind of risk; repeats are de-duplicated by
// the overlay's flood policy, so the loop adds marks, not pop-ups.
// Timing is in ticks of ?interval= ms (default 700): tests run the same tour faster.
(function () {
  // [ticks before this line, author, text]
  var TOUR = [
    [2, '小*****', '主播晚上好'],
    [3, '豆*****', '这个精华适合油皮吗'],
    [3, '系统', '欢迎来到直播间！直播间内严禁私下交易，请大家注意财产安全，理性消费，谨防网络诈骗。'],
    [3, '阿*****', '支持微信支付吗'],
    [3, '甜*****', '已下单，期待'],
    [3, '客*****', '想要便宜的加我薇❤信 lg2026vip 私聊，比直播间便宜一半'],
    [4, '木*****', '昨天买的已经到了，包装很好'],
    [4, '橙*****', '主播能讲讲成分吗'],
    [4, '星*****', '这个颜色好看'],
    [4, '晴*****', '哈哈哈主播好可爱'],
    [4, '代*****', '电子烟批发，量大从优'],
    [4, '猫*****', '敏感肌能用吗'],
    [4, '云*****', '等快递中'],
    [4, '刷*****', '好用好用好用'],
    [1, '水*****', '好用好用好用'],
    [1, '托*****', '好用好用好用'],
    [5, '雨*****', '上次买的用完了，回购'],
    [6, '鱼*****', '主播皮肤真好'],
    [6, '桃*****', '今天下单还送小样吗'],
  ];
  var LOOP = [
    ['小*****', '主播晚上好'],
    ['豆*****', '这个精华适合油皮吗'],
    ['阿*****', '支持微信支付吗'],
    ['客*****', '想要便宜的加我薇❤信 lg2026vip 私聊，比直播间便宜一半'],
    ['木*****', '昨天买的已经到了，包装很好'],
    ['花*****', '全网最低价，国家级配方'],
    ['橙*****', '主播能讲讲成分吗'],
    ['代*****', '电子烟批发，量大从优'],
    ['星*****', '这个颜色好看'],
    ['学*****', '学生党没钱？分期贷款秒到账，无需征信'],
    ['刷*****', '好用好用好用'],
    ['水*****', '好用好用好用'],
    ['托*****', '好用好用好用'],
    ['猫*****', '下播就恢复原价了吗'],
    ['A*****', '1:1复刻大牌，原单尾货'],
    ['晴*****', '哈哈哈主播好可爱'],
  ];
  var list = document.querySelector('.webcast-chatroom___items > div');
  var scroller = document.querySelector('.webcast-chatroom___list');
  var audience = document.getElementById('audience');
  var seq = 0, viewers = 1286;
  function row(nick, text) {
    var item = document.createElement('div');
    item.className = 'webcast-chatroom___item webcast-chatroom___enter-done';
    item.setAttribute('data-id', String(7390948000000000000n + BigInt(++seq)));
    var box = document.createElement('div');
    box.className = 'TNg5meqw';
    if (nick === '系统') {
      var notice = document.createElement('div');
      notice.className = 'webcast-chatroom__room-message';
      notice.textContent = text;
      box.appendChild(notice);
    } else {
      var name = document.createElement('span');
      name.className = 'u2QdU6ht';
      name.textContent = nick + '：';
      var content = document.createElement('span');
      content.className = 'WsJsvMP9';
      var t = document.createElement('span');
      t.className = 'webcast-chatroom___content-with-emoji-text';
      t.textContent = text;
      content.appendChild(t);
      box.appendChild(name);
      box.appendChild(content);
    }
    item.appendChild(box);
    list.appendChild(item);
    while (list.children.length > 200) list.removeChild(list.firstChild); // Douyin keeps a short list too
    scroller.scrollTop = scroller.scrollHeight;
  }
  var tick = Number(new URLSearchParams(location.search).get('interval') || 700);
  var step = 0;
  function next() {
    var line, wait;
    if (step < TOUR.length) {
      line = TOUR[step];
      wait = line[0];
      line = [line[1], line[2]];
    } else {
      line = LOOP[(step - TOUR.length) % LOOP.length];
      wait = 1;
    }
    step++;
    setTimeout(function () {
      row(line[0], line[1]);
      viewers += Math.round(Math.random() * 6 - 2);
      audience.textContent = viewers.toLocaleString('en-US');
      next();
    }, wait * tick);
  }
  next();
})();
