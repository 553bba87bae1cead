def test_pages(client, info):
    for url in ["/studies", "/studies.json", "/studies/checkout", "/studies/checkout.json",
                f"/interviews/{info['interviews']['P1']}", f"/interviews/{info['interviews']['P1']}.json",
                "/studies/checkout/board", "/studies/checkout/board.json", "/search?q=pricing", "/search.json?q=pricing"]:
        r = client.get(url)
        print(url, r.status_code, r.text[:300] if r.status_code != 200 else "")
        assert r.status_code == 200, url
